import { describe, expect, it } from 'vitest';
import { idFromHash } from '../../../../src/lib/timeline/fragment.ts';
import { foldText, matchesQuery } from '../../../../src/lib/timeline/searchText.ts';
import { TimelineState } from '../../../../src/lib/timeline/timelineState.ts';
import { maxZoom, transformFor, windowOf, zoomedScale } from '../../../../src/lib/timeline/zoomWindow.ts';
import { METRICS } from '../../../../src/lib/timeline/metrics.ts';
import { isoToTime } from '../../../../src/lib/dates/calendarDate.ts';

const known = new Set(['treaty-signed', 'duma-ratifies']);

describe('idFromHash(hash, known)', () => {
  it.each([
    ['#treaty-signed', 'treaty-signed'],
    ['#duma-ratifies', 'duma-ratifies'],
    ['#no-such-event', undefined],
    ['', undefined],
    ['#', undefined],
    ['treaty-signed', undefined],
    ['#TREATY-SIGNED', undefined],
    ['#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', undefined],
    ['#<script>alert(1)</script>', undefined],
    ['#%E0%A4%A', undefined],
    ['#treaty-signed"],a[href', undefined],
    [`#${'a'.repeat(500)}`, undefined],
  ])('%j → %j', (hash, id) => {
    expect(idFromHash(hash, known)).toBe(id);
  });
});

describe('foldText and matchesQuery', () => {
  it('ignore case and accents, and need every word', () => {
    expect(foldText('  Cosmódromo   de VOSTOCHNY ')).toBe('cosmodromo de vostochny');
    expect(matchesQuery(foldText('La Duma Estatal ratifica'), 'duma ratifica')).toBe(true);
    expect(matchesQuery(foldText('Seúl afirma'), 'seul')).toBe(true);
    expect(matchesQuery(foldText('Seúl afirma'), 'seul niega')).toBe(false);
    expect(matchesQuery('anything', '   ')).toBe(true);
  });
});

describe('TimelineState', () => {
  const state = () =>
    new TimelineState([
      { id: 'a', category: 'war', text: 'Korean War begins' },
      { id: 'b', category: 'treaty', text: 'Treaty of 1961' },
      { id: 'c', category: 'war', text: 'Armistice' },
      { id: 'd', category: 'treaty', text: 'Treaty signed in Pyongyang' },
    ]);

  it('moves between events in date order and stops at the ends', () => {
    const s = state();
    expect(s.first()).toBe('a');
    expect(s.last()).toBe('d');
    expect(s.next('a')).toBe('b');
    expect(s.prev('b')).toBe('a');
    expect(s.next('d')).toBeUndefined();
    expect(s.prev('a')).toBeUndefined();
  });

  it('skips what the category filter hides', () => {
    const s = state();
    s.setCategories(['treaty']);
    expect(s.visibleIds()).toEqual(['b', 'd']);
    expect(s.next('b')).toBe('d');
    expect(s.next('a')).toBe('b');
    expect(s.nearest('c')).toBe('d');
  });

  it('filters by text over titles and summaries', () => {
    const s = state();
    s.setQuery('treaty');
    expect(s.visibleIds()).toEqual(['b', 'd']);
    s.setQuery('pyongyang treaty');
    expect(s.visibleIds()).toEqual(['d']);
    s.setQuery('');
    expect(s.visibleIds()).toHaveLength(4);
  });
});

describe('zoom windows', () => {
  const extent = [isoToTime('1945-01-01'), isoToTime('2026-01-01')] as const;
  const width = 1000;

  it('show the whole extent at k = 1', () => {
    const [a, b] = windowOf(extent, width, { k: 1, x: 0 });
    expect(a).toBeCloseTo(extent[0], -3);
    expect(b).toBeCloseTo(extent[1], -3);
  });

  it('round-trip: the transform for a window shows that window', () => {
    const window = [isoToTime('2024-06-01'), isoToTime('2024-12-31')] as const;
    const t = transformFor(extent, window, width);
    expect(t.k).toBeGreaterThan(100);
    const [a, b] = windowOf(extent, width, t);
    expect(a).toBeCloseTo(window[0], -4);
    expect(b).toBeCloseTo(window[1], -4);
    const x = zoomedScale(extent, width, t);
    expect(x(window[0])).toBeCloseTo(METRICS.padX);
    expect(x(window[1])).toBeCloseTo(width - METRICS.padX);
  });

  it('limit zooming in to a window of days', () => {
    expect(maxZoom(extent, 10)).toBeCloseTo((extent[1] - extent[0]) / (10 * 86_400_000));
  });
});
