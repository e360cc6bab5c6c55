/** Copies text to the clipboard: the Clipboard API, or else selecting a field and the copy command. Browser only. */

/** Copies `text`; `field`, when given, is the visible field holding it (selected on the fallback path, as a reader would). Resolves to whether it worked. */
export async function copyText(text: string, field?: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const input = field ?? Object.assign(document.createElement('input'), { value: text, readOnly: true, className: 'visually-hidden' });
    if (!field) document.body.append(input);
    input.select();
    const copied = document.execCommand('copy');
    if (!field) input.remove();
    return copied;
  }
}
