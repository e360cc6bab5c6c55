/** <copy-link>: shows the button that copies an article's anchored URL; the anchor link beside it works without it. Browser only. */
import { copyText } from '../reuse/copyText.ts';

class CopyLink extends HTMLElement {
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const url = this.dataset.url;
    if (!button || !status || !url) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const copied = await copyText(url);
      status.textContent = copied ? (this.dataset.copied ?? '') : '';
      clearTimeout(this.timer);
      this.timer = setTimeout(() => (status.textContent = ''), 5000);
    });
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
