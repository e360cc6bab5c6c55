/**
 * <site-search>: searches the site's Pagefind index. Pagefind's script and index load on the
 * first search, not before. Results are built with DOM calls; excerpts are parsed in an inert
 * document and only their text and <mark> highlights are kept. Browser only.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 12;

/** The excerpt's text with its <mark> highlights, and nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(node.textContent ?? ''));
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(node.textContent ?? ''));
  }
  return nodes;
}

class SiteSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private latest = 0;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    let timer: ReturnType<typeof setTimeout> | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(input.value);
    });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.run(input.value), 200);
    });
    const q = new URLSearchParams(location.search).get('q');
    if (q) {
      input.value = q;
      void this.run(q);
    }
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
      await module.options({ baseUrl: this.dataset.base! });
      return module;
    })();
    return this.pagefind;
  }

  private async run(raw: string): Promise<void> {
    const query = raw.trim();
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const run = ++this.latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = this.dataset.loading ?? '';
    const pagefind = await this.load();
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (run !== this.latest) return;
    list.replaceChildren(
      ...data.map((item) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.meta.title ?? item.url;
        const p = document.createElement('p');
        p.append(...excerptNodes(item.excerpt));
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = (results.length ? this.dataset.results! : this.dataset.none!).replace('{n}', String(results.length)).replace('{q}', query);
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
