import { describe, expect, it } from 'vitest';
import { eventRecord, eventUrls } from '../../../../src/lib/data/eventRecord.ts';
import { eventSchema, type EventData } from '../../../../src/schemas/event.ts';

const absolute = (p: string) => `https://example.github.io/repo${p}`;
const event: EventData = eventSchema.parse({
  id: 'duma-ratifies',
  date: '2024-10-24',
  precision: 'day',
  category: 'legislation',
  status: 'official',
  attribution: { es: 'Rusia', en: 'Russia' },
  importance: 3,
  report: true,
  title: { es: 'La Duma ratifica el tratado', en: 'The Duma ratifies the treaty' },
  label: { es: 'La Duma ratifica', en: 'Duma ratifies' },
  summary: { es: 'La Duma vota. Lo aprueba.', en: 'The Duma votes. It passes.' },
  sources: [{ publisher: 'TASS', title: { es: 'Nota', en: 'Note' }, url: 'https://tass.com/1', language: 'en' }],
});

describe('eventUrls(id, absolute)', () => {
  it('gives the page and the embed in each language and the record alone, absolute', () => {
    expect(eventUrls('duma-ratifies', absolute)).toEqual({
      page: { es: 'https://example.github.io/repo/es/cronologia/duma-ratifies/', en: 'https://example.github.io/repo/en/timeline/duma-ratifies/' },
      embed: { es: 'https://example.github.io/repo/es/embed/duma-ratifies/', en: 'https://example.github.io/repo/en/embed/duma-ratifies/' },
      data: 'https://example.github.io/repo/data/events/duma-ratifies.json',
    });
  });
});

describe('eventRecord(data, absolute)', () => {
  const record = eventRecord(event, absolute);

  it('keeps every content field as it is, defaults filled in, in the schema’s order, then the URLs', () => {
    const { urls, ...content } = record;
    expect(content).toEqual(event);
    expect(record.articles).toEqual([]);
    expect(Object.keys(record)).toEqual([...Object.keys(eventSchema.shape).filter((k) => k in event), 'urls']);
    expect(urls.page.en).toBe(absolute('/en/timeline/duma-ratifies/'));
  });

  it('leaves out optional fields the event does not have', () => {
    expect(record).not.toHaveProperty('end');
    expect(record).not.toHaveProperty('place');
  });

  it('refuses what the export’s schema would refuse', () => {
    expect(() => eventRecord({ ...event, status: 'rumoured' as never }, absolute)).toThrow();
    expect(() => eventRecord(event, () => 'not a url')).toThrow();
  });
});
