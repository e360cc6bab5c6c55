/**
 * The figures an article states (troops, casualties, shells, kilometres), paragraph by paragraph,
 * and whether each is backed by an event the same paragraph cites: the check that no article
 * states a number without an attributed, dated event behind it. Years and small counts
 * (article numbers, «nueve soldados») are not figures.
 */
import { eventRefIds } from './mdxText.ts';

/** A figure as written (`11.000`, `15,000`, `9 millones`) and its value. */
export interface StatedNumber {
  text: string;
  value: number;
}

/** Figures below this are counts of the ordinary kind (articles, days, a few soldiers). */
const SMALL = 100;
const FIGURE = /(?<![\p{L}\p{N}])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)(?:[.,](\d+))?(?:[\s\u00a0]+(millones|millón|million|millions))?(?![\p{L}\p{N}])/gu;

/** The figures in a piece of prose, in order: years (1900–2099 written without a separator) and numbers under 100 left out. */
export function statedNumbers(text: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  for (const m of text.replace(/&nbsp;/g, '\u00a0').matchAll(FIGURE)) {
    const [whole, digits, decimals, millions] = m;
    const grouped = /[.,\u00a0\u202f ]/.test(digits);
    let value = Number(digits.replace(/[.,\u00a0\u202f ]/g, ''));
    if (decimals && !grouped) value = Number(`${value}.${decimals}`);
    if (millions) value *= 1_000_000;
    if (!grouped && !millions && value >= 1900 && value <= 2099) continue;
    if (value < SMALL) continue;
    found.push({ text: whole.trim(), value });
  }
  return found;
}

/** Paragraphs of an MDX body: blank-line separated; each item of a list is its own paragraph; a heading belongs to the paragraph under it. */
export function paragraphs(body: string): string[] {
  const blocks = body
    .split(/\n\s*\n/)
    .flatMap((block) => (/^\s*[-*] /m.test(block) ? block.split(/\n(?=\s*[-*] )/) : [block]))
    .map((p) => p.trim())
    .filter(Boolean);
  const merged: string[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    if (/^#{1,6} /.test(blocks[i]) && i + 1 < blocks.length) {
      merged.push(`${blocks[i]}\n${blocks[i + 1]}`);
      i += 1;
    } else merged.push(blocks[i]);
  }
  return merged;
}

export interface UnbackedNumber {
  number: string;
  paragraph: string;
}

/**
 * Figures stated in a paragraph that no event it cites (by <EventRef>) carries in its own text
 * (`eventText(id)`: the event's title and summary in the article's language).
 */
export function unbackedNumbers(body: string, prose: (text: string) => string, eventText: (id: string) => string | undefined): UnbackedNumber[] {
  const problems: UnbackedNumber[] = [];
  for (const paragraph of paragraphs(body)) {
    const numbers = statedNumbers(prose(paragraph));
    if (numbers.length === 0) continue;
    const backing = new Set(eventRefIds(paragraph).flatMap((id) => statedNumbers(eventText(id) ?? '').map((n) => n.value)));
    for (const n of numbers) if (!backing.has(n.value)) problems.push({ number: n.text, paragraph: prose(paragraph).replace(/\s+/g, ' ').trim().slice(0, 120) });
  }
  return problems;
}
