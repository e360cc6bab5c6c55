import { describe, expect, it } from 'vitest';
import { idFromHash } from '../../../../src/lib/timeline/fragment.ts';
import { foldText, matchesQuery } from '../../../../src/lib/timeline/searchText.ts';
import { TimelineState } from '../../../../src/lib/timeline/timelineState.ts';

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

  it('filters by place: none chosen shows every event; chosen ones show the events that concern any of them', () => {
    const s = new TimelineState([
      { id: 'a', category: 'war', text: 'a', places: ['kursk', 'pyongyang'] },
      { id: 'b', category: 'war', text: 'b', places: ['moscow'] },
      { id: 'c', category: 'war', text: 'c' },
    ]);
    expect(s.visibleIds()).toEqual(['a', 'b', 'c']);
    s.setPlaces(['kursk']);
    expect(s.visibleIds()).toEqual(['a']);
    s.setPlaces(['kursk', 'moscow']);
    expect(s.visibleIds()).toEqual(['a', 'b']);
    s.setCategories(['treaty']);
    expect(s.visibleIds()).toEqual([]);
    s.setCategories(['war']);
    s.setPlaces([]);
    expect(s.visibleIds()).toHaveLength(3);
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
