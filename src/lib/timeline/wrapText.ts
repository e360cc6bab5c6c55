/** Wraps a short label into lines no wider than a limit, with an ellipsis if it overflows. */
import { measureText } from './measureText.ts';

/** Greedy wrapping: each word measured once; the last allowed line takes the rest, cut to fit. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const space = measureText(' ', fontSize);
  const lines: string[] = [];
  let line: string[] = [];
  let width = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = measureText(words[i], fontSize);
    if (line.length === 0 || width + space + w <= maxWidth) {
      width += (line.length ? space : 0) + w;
      line.push(words[i]);
      continue;
    }
    lines.push(line.join(' '));
    if (lines.length === maxLines - 1) {
      lines.push(fitText(words.slice(i).join(' '), maxWidth, fontSize));
      return lines;
    }
    line = [words[i]];
    width = w;
  }
  if (line.length) lines.push(fitText(line.join(' '), maxWidth, fontSize));
  return lines;
}

/** The text, cut with an ellipsis if it is wider than `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (measureText(text, fontSize, bold) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && measureText(`${cut}…`, fontSize, bold) > maxWidth) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}
