/**
 * <mp-embed>: the embed page's side of the embedding. In an iframe it tells the host page its
 * height (src/lib/embed/embedMessage.ts) on load, on every change and when asked; links to other
 * pages open in a new tab rather than inside the iframe; the link to the full timeline follows
 * the event open in it (#id). Opened directly, it changes nothing. Browser only.
 */
import { heightMessage, isAskMessage } from '../../lib/embed/embedMessage.ts';

const sameDocument = (href: string) => href.split('#')[0] === location.href.split('#')[0];

class MpEmbed extends HTMLElement {
  private sent = 0;

  connectedCallback(): void {
    if (window.parent === window) return;
    const id = this.dataset.id ?? '';
    const post = (force = false) => {
      const height = Math.ceil(this.getBoundingClientRect().height);
      if (!height || (height === this.sent && !force)) return;
      this.sent = height;
      window.parent.postMessage(heightMessage(id, height), '*');
    };
    new ResizeObserver(() => post()).observe(this);
    addEventListener('message', (event) => {
      if (event.source === window.parent && isAskMessage(event.data)) post(true);
    });
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
      if (!link || sameDocument(link.href)) return;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    });
    const full = this.querySelector<HTMLAnchorElement>('a[data-follow-hash]');
    if (full) {
      const page = full.getAttribute('href')!.split('#')[0];
      const follow = () => full.setAttribute('href', `${page}${location.hash}`);
      addEventListener('hashchange', follow);
      follow();
    }
  }
}

if (!customElements.get('mp-embed')) customElements.define('mp-embed', MpEmbed);
