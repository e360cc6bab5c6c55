/**
 * <site-search>: searches the site's Pagefind index. Pagefind's script and index load on the
 * first search, not before. Results are built with DOM calls; excerpts are parsed in an inert
 * document and only their text and <mark> highlights are kept. Browser only.
 */
import { pointLanguageSwitch } from '../site/pointLanguageSwitch.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; kind?: string; date?: string } }>;
}

interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number; ranking?: Record<string, unknown> }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Results shown at a time; "More results" adds as many again. */
const PAGE_SIZE = 12;

/**
 * How results rank. A page's title and an article's dek (Pagefind metadata) weigh most, and long
 * pages are not penalised for their length (Pagefind's default favours short pages), so the
 * article about a subject comes before the short event pages that mention it.
 */
const RANKING = { pageLength: 0, metaWeights: { title: 10, dek: 6 } };

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
  /** The current query's results, and how many of them are on the page. */
  private results: PagefindResult[] = [];
  private shown = 0;

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
    let adding = false;
    this.querySelector('[data-more]')!.addEventListener('click', () => {
      if (adding) return;
      adding = true;
      void this.showMore(this.latest).finally(() => (adding = false));
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
      await module.options({ baseUrl: this.dataset.base!, excerptLength: 24, ranking: RANKING });
      return module;
    })();
    // A failed load (offline, a blocked script) is tried again on the next search.
    this.pagefind.catch(() => (this.pagefind = undefined));
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
    pointLanguageSwitch({ params: { q: query } });
    if (!query) {
      list.replaceChildren();
      this.results = [];
      this.querySelector<HTMLButtonElement>('[data-more]')!.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = this.dataset.loading ?? '';
    let results: PagefindResult[];
    try {
      results = (await (await this.load()).search(query)).results;
    } catch {
      if (run === this.latest) status.textContent = this.dataset.failed ?? '';
      return;
    }
    if (run !== this.latest) return;
    this.results = results;
    this.shown = 0;
    await this.showMore(run);
    if (run !== this.latest) return;
    const template = results.length === 0 ? this.dataset.none! : results.length === 1 ? this.dataset.resultsOne! : this.dataset.results!;
    status.textContent = template.replace('{n}', String(results.length)).replace('{q}', query);
  }

  /** Adds the next page of results to the list; the button stays while more remain. */
  private async showMore(run: number): Promise<void> {
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.latest) return;
    const items = data.map((item) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      const about = document.createElement('span');
      about.className = 'search__about';
      about.textContent = [item.meta.kind, item.meta.date].filter(Boolean).join(' · ');
      const p = document.createElement('p');
      p.append(...excerptNodes(item.excerpt));
      li.append(a, ' ', about, p);
      return li;
    });
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    // The first page replaces the last query's results; later pages add to them.
    if (this.shown === 0) list.replaceChildren(...items);
    else list.append(...items);
    const first = this.shown > 0 ? items[0]?.querySelector('a') : null;
    this.shown += next.length;
    this.querySelector<HTMLButtonElement>('[data-more]')!.hidden = this.shown >= this.results.length;
    // After "more results", focus moves to the first new result, not back to the top.
    first?.focus();
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
