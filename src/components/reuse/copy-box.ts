/** <copy-box>: shows the copy button and copies the box's text to the clipboard (selecting it where the Clipboard API is refused). Browser only. */
import { copyText } from './copyText.ts';

class CopyBox extends HTMLElement {
  connectedCallback(): void {
    const source = this.querySelector<HTMLElement>('[data-copy-source]');
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!source || !button || !status || !button.hidden) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const copied = await copyText(source.textContent ?? '', source);
      status.textContent = copied ? (this.dataset.copied ?? '') : '';
    });
  }
}

if (!customElements.get('copy-box')) customElements.define('copy-box', CopyBox);
