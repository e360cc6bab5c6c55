/** Wraps a short label into lines no wider than a limit, with an ellipsis if it overflows. */
import { measureText } from './measureText';

export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i += 1) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (measureText(candidate, fontSize) <= maxWidth || line === '') {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = words[i];
    if (lines.length === maxLines - 1) {
      const rest = words.slice(i).join(' ');
      lines.push(fit(rest, maxWidth, fontSize));
      return lines;
    }
  }
  if (line) lines.push(fit(line, maxWidth, fontSize));
  return lines;
}

/** The text, cut with an ellipsis if it is wider than `maxWidth`. */
function fit(text: string, maxWidth: number, fontSize: number): string {
  if (measureText(text, fontSize) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && measureText(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}
