import { describe, expect, it } from 'vitest';
import { contentVersion } from '../../../../src/lib/data/contentVersion.ts';

describe('contentVersion(dates)', () => {
  it('is the latest of the articles’ updates, the corrections and the events', () => {
    expect(contentVersion({ articleUpdates: ['2026-11-27'], correctionDates: ['2026-12-01'], eventDates: ['2026-03-16'] })).toBe('2026-12-01');
    expect(contentVersion({ articleUpdates: ['2026-11-27'], correctionDates: [], eventDates: ['2026-12-02', '1945-08-09'] })).toBe('2026-12-02');
    expect(contentVersion({ articleUpdates: ['2026-11-28', '2026-11-27'], correctionDates: [], eventDates: ['2025-09-03'] })).toBe('2026-11-28');
  });

  it('needs at least one date', () => {
    expect(() => contentVersion({ articleUpdates: [], correctionDates: [], eventDates: [] })).toThrow(/no dated content/);
  });
});
