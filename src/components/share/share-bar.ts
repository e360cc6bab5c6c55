/** <share-bar>: adds "copy link" and the device's share sheet (Web Share API) to a share box. Browser only. */
import { copyText } from '../reuse/copyText.ts';

class ShareBar extends HTMLElement {
  connectedCallback(): void {
    const url = this.dataset.url ?? location.href;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]')!;
    const native = this.querySelector<HTMLButtonElement>('[data-native]')!;
    const input = this.querySelector<HTMLInputElement>('input')!;

    copy.hidden = false;
    copy.addEventListener('click', async () => {
      await copyText(url, input);
      status.textContent = this.dataset.copied ?? '';
    });
    input.addEventListener('focus', () => input.select());

    if (typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title: this.dataset.title, url }).catch(() => undefined);
      });
    }
  }
}

if (!customElements.get('share-bar')) customElements.define('share-bar', ShareBar);
