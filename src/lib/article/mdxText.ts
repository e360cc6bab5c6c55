/** The reader-facing prose of an MDX article, without frontmatter, imports and component tags. */
import { splitFrontmatter } from './frontmatter.ts';

/** The body after the frontmatter. */
export function mdxBody(source: string): string {
  return splitFrontmatter(source).body;
}

/** Removes marked quotations of the source report (`<ReportQuote>…</ReportQuote>`). */
export function withoutReportQuotes(body: string): string {
  return body.replace(/<ReportQuote\b[^>]*>[\s\S]*?<\/ReportQuote>/g, ' ');
}

/** Prose only: no import/export lines, no JSX tags (their attributes are not prose), no Markdown markup. */
export function proseText(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[A-Za-z][^>]*?\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`>|]/g, ' ');
}

/** Words a reader reads (numbers such as 11.000 count as one word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Ids named by `<EventRef id="…">` in a body, in order of appearance. */
export function eventRefIds(body: string): string[] {
  return eventRefs(body).map((ref) => ref.id);
}

/** Each `<ArticleLink article="…">` in a body with its line in the file. */
export function articleLinks(body: string, firstLine = 1): { key: string; line: number }[] {
  return [...body.matchAll(/<ArticleLink\b[^>]*?\barticle=["']([^"']+)["']/g)].map((m) => ({
    key: m[1],
    line: firstLine + (body.slice(0, m.index).match(/\n/g)?.length ?? 0),
  }));
}

/** Each `<EventRef id="…">` in a body with its line in the file (`firstLine`: the line the body starts on). */
export function eventRefs(body: string, firstLine = 1): { id: string; line: number }[] {
  return [...body.matchAll(/<EventRef\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => ({
    id: m[1],
    line: firstLine + (body.slice(0, m.index).match(/\n/g)?.length ?? 0),
  }));
}

/** Calendar dates typed into the prose (`24 de octubre`, `24 October`, `October 24`) instead of taken from the data. */
export function typedDates(text: string): string[] {
  const es = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
  const en = 'January|February|March|April|May|June|July|August|September|October|November|December';
  const patterns = [new RegExp(`\\b\\d{1,2} de (?:${es})\\b`, 'gi'), new RegExp(`\\b\\d{1,2} (?:${en})\\b`, 'g'), new RegExp(`\\b(?:${en}) \\d{1,2}\\b`, 'g')];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
}
