/** Validates all content at once: each file against its schema, then the cross-references, each problem reported once at its root. */
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { correctionSchema, type CorrectionData } from '../schemas/correction.ts';
import { eraSchema, type EraData } from '../schemas/era.ts';
import { eventSchema } from '../schemas/event.ts';
import type { PlaceData } from '../schemas/place.ts';
import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import { checkCorrections } from './checkCorrections.ts';
import { checkEras } from './checkEras.ts';
import { checkEventPlaces, checkPlaces } from './checkPlaces.ts';
import { checkHistory } from './checkHistory.ts';
import { checkReferences } from './checkReferences.ts';
import { checkTreaty, checkTreatyReferences, type CheckedTreaty } from './checkTreaty.ts';
import type { Problem } from './problem.ts';
import { UNREADABLE, type CheckedArticle, type CheckedEvent, type ContentFile, type ContentInput } from './contentTypes.ts';
import { References } from './references.ts';
import { zodProblems } from './zodProblems.ts';

export { UNREADABLE, type CheckedArticle, type CheckedEvent, type ContentFile, type ContentInput } from './contentTypes.ts';

export interface CheckResult {
  problems: Problem[];
  events: CheckedEvent[];
  articles: CheckedArticle[];
  eras: EraData[];
  places: PlaceData[];
  corrections: CorrectionData[];
  /** The treaty file as checked (absent when the input had none). */
  treaty?: CheckedTreaty;
}

/** The article's language, from its folder: content/articles/<lang>/… */
export function articleLang(file: string): Lang | undefined {
  const folder = file.split('/').at(-2);
  return (LANGUAGES as readonly string[]).includes(folder ?? '') ? (folder as Lang) : undefined;
}

/** An event's id from its file name (`2024-06-19-treaty-signed.yaml` → `treaty-signed`). */
function idFromFileName(file: string): string {
  return (file.split('/').at(-1) ?? '').replace(/\.ya?ml$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
}

/** The id an item claims, even when the item is invalid: a reference to it is then not a second problem. */
function claimedId(data: unknown, key: 'id' | 'key'): string | undefined {
  const value = (data as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Parses a single-file collection item by item; a bad item's problems name its index (`0.label`), the good ones keep theirs. */
function parseList<T extends z.ZodType>(file: string, data: unknown, schema: T, what: string, problems: Problem[]): { index: number; data: z.output<T> }[] {
  if (!Array.isArray(data)) {
    problems.push({ file, field: '(file)', message: `must be a list of ${what}` });
    return [];
  }
  const items: { index: number; data: z.output<T> }[] = [];
  data.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) items.push({ index, data: parsed.data });
    else problems.push(...zodProblems(file, parsed.error).map((p) => ({ ...p, field: p.field === '(file)' ? String(index) : `${index}.${p.field}` })));
  });
  return items;
}

export function checkContent(input: ContentInput): CheckResult {
  const problems: Problem[] = [...(input.readProblems ?? [])];
  const refs = new References();
  const events: CheckedEvent[] = [];
  const articles: CheckedArticle[] = [];

  for (const { file, data } of input.events) {
    if (data === UNREADABLE) {
      // Its YAML problem is reported; its id, from the file name, keeps citations from looking dangling.
      refs.define('event', idFromFileName(file), file, false);
      continue;
    }
    const parsed = eventSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      const id = claimedId(data, 'id');
      if (id) refs.define('event', id, file, false);
      continue;
    }
    const event = { ...parsed.data, file };
    const expected = `${event.date}-${event.id}.yaml`;
    const name = file.split('/').at(-1);
    if (name !== expected && name !== expected.replace(/\.yaml$/, '.yml')) {
      problems.push({ file, field: 'id', message: `file name should be ${expected} (date, then id)` });
    }
    const first = refs.define('event', event.id, file, true);
    if (first) problems.push({ file, field: 'id', message: `duplicate id "${event.id}" (also in ${first})` });
    else events.push(event);
  }

  for (const { file, data, body = '', bodyLine = 1 } of input.articles) {
    const lang = articleLang(file);
    if (!lang) {
      problems.push({ file, field: '(file)', message: `articles live in content/articles/<${LANGUAGES.join('|')}>/` });
      continue;
    }
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      const key = claimedId(data, 'key');
      if (key) refs.define('article', key, file, false);
      continue;
    }
    refs.define('article', parsed.data.key, file, true);
    articles.push({ ...parsed.data, file, lang, body, bodyLine });
  }

  const eras: EraData[] = input.eras ? parseList(input.eras.file, input.eras.data, eraSchema, 'eras', problems).map((item) => item.data) : [];
  const corrections = input.corrections ? parseList(input.corrections.file, input.corrections.data, correctionSchema, 'corrections', problems) : [];

  let places: PlaceData[] = [];
  if (input.places) {
    const checked = checkPlaces(input.places.file, input.places.data, refs);
    places = checked.places;
    problems.push(...checked.problems);
  }

  const treaty = input.treaty ? checkTreaty(input.treaty, refs) : undefined;
  if (treaty) problems.push(...treaty.problems);

  problems.push(...checkReferences(events, articles, refs));
  problems.push(...checkHistory(events, refs));
  if (input.eras) problems.push(...checkEras(input.eras.file, eras, events, refs));
  if (input.corrections) problems.push(...checkCorrections(input.corrections.file, corrections, refs));
  problems.push(...checkEventPlaces(events, refs));
  if (treaty) problems.push(...checkTreatyReferences(treaty.treaty, events, articles, refs));
  return { problems: refs.annotate(problems), events, articles, eras, corrections: corrections.map((item) => item.data), places, treaty: treaty?.treaty };
}
