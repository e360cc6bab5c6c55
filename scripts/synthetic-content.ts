/**
 * Writes a synthetic content set for load tests: the site's own content (its pages need its
 * events) topped up with generated events and articles to N events and M articles per language,
 * all valid, deterministic (a seeded generator), never committed. Usage:
 *   node scripts/synthetic-content.ts <dir> [--events 2000] [--articles 100]
 */
import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DAY, timeToIso } from '../src/lib/dates/calendarDate.ts';
import { CATEGORIES, STATUSES } from '../src/schemas/event.ts';
import { seeded } from '../tests/support/syntheticEvents.ts';

const WORDS_ES = ['cumbre', 'tratado', 'visita', 'acuerdo', 'misiles', 'sanciones', 'satélite', 'Duma', 'veto', 'tropas', 'Kursk', 'Pionyang', 'Moscú'];
const WORDS_EN = ['summit', 'treaty', 'visit', 'accord', 'missiles', 'sanctions', 'satellite', 'Duma', 'veto', 'troops', 'Kursk', 'Pyongyang', 'Moscow'];

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const iso = timeToIso;
const quote = (s: string) => JSON.stringify(s);

const REAL = path.resolve(import.meta.dirname, '../content');

/** `totalEvents` events and `totalArticles` articles per language, the site's own included. */
export async function writeSyntheticContent(dir: string, totalEvents: number, totalArticles: number, seed = 7): Promise<void> {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const words = (list: readonly string[], n: number) => Array.from({ length: n }, () => pick(list)).join(' ');
  await rm(dir, { recursive: true, force: true });
  await cp(REAL, dir, { recursive: true });
  const realEvents = (await readdir(path.join(dir, 'events'))).filter((f) => f.endsWith('.yaml')).length;
  const realArticles = (await readdir(path.join(dir, 'articles/es'))).filter((f) => f.endsWith('.mdx')).length;
  const events = Math.max(0, totalEvents - realEvents);
  const articles = Math.max(0, totalArticles - realArticles);

  const from = Date.UTC(1945, 0, 1);
  const to = Date.UTC(2025, 11, 31);
  const dated = Array.from({ length: events }, (_, i) => ({ id: `synthetic-${pad(i)}`, t: from + Math.floor((rand() * (to - from)) / DAY) * DAY }));
  dated.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));

  for (const [i, { id, t }] of dated.entries()) {
    const status = pick(STATUSES);
    const date = iso(t);
    const lines = [
      `id: ${id}`,
      `date: "${date}"`,
      'precision: day',
      ...(rand() < 0.03 ? [`end: "${iso(t + Math.floor(rand() * 2000) * DAY)}"`] : []),
      `category: ${pick(CATEGORIES)}`,
      `status: ${status}`,
      ...(status === 'confirmed' ? [] : ['attribution:', '  es: Una fuente', '  en: A source']),
      `importance: ${1 + Math.floor(rand() * 3)}`,
      'report: false',
      'title:',
      `  es: ${quote(`Hecho sintético ${i}: ${words(WORDS_ES, 4)}`)}`,
      `  en: ${quote(`Synthetic event ${i}: ${words(WORDS_EN, 4)}`)}`,
      'label:',
      `  es: ${quote(`${words(WORDS_ES, 2)} ${i}`.slice(0, 30))}`,
      `  en: ${quote(`${words(WORDS_EN, 2)} ${i}`.slice(0, 30))}`,
      'summary:',
      `  es: ${quote(`Un hecho de prueba sobre ${words(WORDS_ES, 5)}. Sirve para medir la carga.`)}`,
      `  en: ${quote(`A test event about ${words(WORDS_EN, 5)}. It measures the load.`)}`,
      'place:',
      '  es: Pionyang',
      '  en: Pyongyang',
      'sources:',
      '  - publisher: Example',
      '    title:',
      '      es: Documento de prueba',
      '      en: Test document',
      `    url: https://example.org/${id}`,
      '    language: en',
    ];
    await writeFile(path.join(dir, 'events', `${date}-${id}.yaml`), `${lines.join('\n')}\n`);
  }

  for (let a = 0; a < articles; a += 1) {
    // An article covers a period: five neighbouring events.
    const at = Math.floor(rand() * Math.max(1, dated.length - 5));
    const citedEvents = dated.slice(at, at + 5);
    const cited = citedEvents.map((e) => e.id);
    const from = iso(Math.min(...citedEvents.map((e) => e.t)) - 60 * DAY);
    const to = iso(Math.max(...citedEvents.map((e) => e.t)) + 60 * DAY);
    for (const lang of ['es', 'en'] as const) {
      const body = Array.from({ length: 12 }, () => `${words(lang === 'es' ? WORDS_ES : WORDS_EN, 40)}.`).join('\n\n');
      const front = [
        '---',
        `key: synthetic-${pad(a, 3)}`,
        `slug: ${lang === 'es' ? 'articulo' : 'article'}-${pad(a, 3)}`,
        `title: ${quote(lang === 'es' ? `Artículo sintético ${a}` : `Synthetic article ${a}`)}`,
        `dek: ${quote(lang === 'es' ? 'Un artículo de prueba.' : 'A test article.')}`,
        `description: ${quote(lang === 'es' ? 'Un artículo de prueba para medir la carga.' : 'A test article to measure the load.')}`,
        'published: "2026-01-01"',
        'updated: "2026-01-01"',
        `order: ${realArticles + a + 1}`,
        `events: [${[...new Set(cited)].join(', ')}]`,
        '---',
      ];
      // Like every article, each embeds a timeline: the years of the events it cites.
      const timeline = `<Timeline window={["${from}", "${to}"]} highlight={${JSON.stringify([...new Set(cited)])}} caption="${lang === 'es' ? 'Cronología' : 'Timeline'}" />`;
      await writeFile(path.join(dir, 'articles', lang, `${lang === 'es' ? 'articulo' : 'article'}-${pad(a, 3)}.mdx`), `${front.join('\n')}\n\n${timeline}\n\n${body}\n`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { events: { type: 'string', default: '2000' }, articles: { type: 'string', default: '100' } } });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: node scripts/synthetic-content.ts <dir> [--events N] [--articles M]');
  await writeSyntheticContent(path.resolve(dir), Number(values.events), Number(values.articles));
  console.log(`wrote ${values.events} events and ${values.articles} article pairs to ${dir}`);
}
