import { describe, expect, it } from 'vitest';
import { embedViewFor, viewHasEvents } from '../../../../src/lib/embed/embedView.ts';
import { VIEWS } from '../../../../src/lib/timeline/views.ts';

describe('embedViewFor(props)', () => {
  it('is the view a timeline names', () => {
    expect(embedViewFor({ view: 'ratification' })).toBe('ratification');
    expect(embedViewFor({ view: 'history' })).toBe('history');
  });

  it('is the view whose window and categories a timeline draws, named or not (a bare timeline is the whole history)', () => {
    expect(embedViewFor({})).toBe('history');
    for (const [name, view] of Object.entries(VIEWS).filter(([, v]) => 'window' in v)) {
      const { window, categories } = view as { window: [string, string]; categories?: string[] };
      expect(embedViewFor({ window, ...(categories && { categories: [...categories] }) })).toBe(name);
    }
  });

  it('gives the articles’ own timelines their views: the treaties, the sanctions years, the alliance at war', () => {
    expect(embedViewFor({ categories: ['treaty'] })).toBe('treaties');
    expect(embedViewFor({ window: ['2011-01-01', '2025-12-31'] })).toBe('sanctions');
    expect(embedViewFor({ window: ['2024-11-01', '2026-03-31'] })).toBe('alliance-at-war');
  });

  it('falls back to the named view when the timeline narrows it, and to none for a custom timeline', () => {
    expect(embedViewFor({ view: 'war-support', categories: ['military', 'war'] })).toBe('war-support');
    expect(embedViewFor({ window: ['1990-01-01', '1991-12-31'] })).toBeUndefined();
    expect(embedViewFor({ categories: ['economy'] })).toBeUndefined();
    expect(embedViewFor({ view: 'no-such-view' })).toBeUndefined();
  });
});

describe('viewHasEvents(view, events)', () => {
  const events = [
    { date: '2024-06-19', category: 'treaty' },
    { date: '1961-07-06', category: 'treaty' },
  ];

  it('is true when an event starts inside the window and its category is kept', () => {
    expect(viewHasEvents({ window: ['2024-06-01', '2024-12-31'] }, events)).toBe(true);
    expect(viewHasEvents({}, events)).toBe(true);
    expect(viewHasEvents({ window: ['2023-01-01', '2023-12-31'] }, events)).toBe(false);
    expect(viewHasEvents({ window: ['2024-06-01', '2024-12-31'], categories: ['space'] }, events)).toBe(false);
  });
});
