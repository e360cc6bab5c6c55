/** Copies text to the clipboard: the Clipboard API, or else selecting what holds it and the copy command. Browser only. */

/**
 * Copies `text`; `holder`, when given, is the visible field or element showing it (selected on the
 * fallback path, as a reader would). Resolves to whether it worked.
 */
export async function copyText(text: string, holder?: HTMLInputElement | HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (holder && !(holder instanceof HTMLInputElement)) {
      getSelection()?.selectAllChildren(holder);
      return document.execCommand('copy');
    }
    const input = holder ?? Object.assign(document.createElement('input'), { value: text, readOnly: true, className: 'visually-hidden' });
    if (!holder) document.body.append(input);
    input.select();
    const copied = document.execCommand('copy');
    if (!holder) input.remove();
    return copied;
  }
}
