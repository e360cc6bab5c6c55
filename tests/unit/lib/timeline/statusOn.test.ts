import { describe, expect, it } from 'vitest';
import { asOfFromSearch, confirmingStep, statusOn, type HistoryFacts } from '../../../../src/lib/timeline/statusOn.ts';

/** The troops in Kursk, as the contract describes its history (a fixture, not the live content). */
const troops: HistoryFacts<string> = {
  date: '2024-10-18',
  status: 'confirmed',
  history: [
    { date: '2024-10-18', status: 'claimed', attribution: 'NIS', event: 'nis-troops-report' },
    { date: '2024-11-04', status: 'claimed', attribution: 'Ukraine', event: 'zelensky-11000-troops' },
    { date: '2025-04-26', status: 'official', attribution: 'Russia', event: 'gerasimov-confirms-troops' },
    { date: '2025-04-28', status: 'confirmed', event: 'pyongyang-confirms-troops' },
  ],
};

describe('statusOn(event, asOf)', () => {
  it.each([
    ['2024-10-18', 'claimed', 'NIS'],
    ['2024-11-09', 'claimed', 'Ukraine'],
    ['2025-04-26', 'official', 'Russia'],
    ['2025-04-27', 'official', 'Russia'],
    ['2025-04-28', 'confirmed', undefined],
    ['2026-03-16', 'confirmed', undefined],
  ])('on %s: %s (%s)', (date, status, by) => {
    const on = statusOn(troops, date);
    expect(on).toMatchObject({ known: true, status, attribution: by });
  });

  it('before the event: not known yet, with its first status', () => {
    expect(statusOn(troops, '2024-10-01')).toMatchObject({ known: false, status: 'claimed', attribution: 'NIS' });
  });

  it('an event with no history keeps its own status, known from its date', () => {
    const plain: HistoryFacts<string> = { date: '2024-06-19', status: 'confirmed' };
    expect(statusOn(plain, '2024-06-18')).toEqual({ known: false, status: 'confirmed', attribution: undefined });
    expect(statusOn(plain, '2024-06-19')).toEqual({ known: true, status: 'confirmed', attribution: undefined });
  });

  it('confirmingStep finds the step that confirmed a claim, and nothing for a claim still claimed', () => {
    expect(confirmingStep(troops)?.event).toBe('pyongyang-confirms-troops');
    expect(confirmingStep({ ...troops, status: 'claimed', history: troops.history!.slice(0, 2) })).toBeUndefined();
    expect(confirmingStep({ date: '2024-06-19', status: 'confirmed' })).toBeUndefined();
  });
});

describe('asOfFromSearch(search, min, max)', () => {
  it.each([
    ['?asof=2024-11-09', '2024-11-09'],
    ['?q=x&asof=2024-12-04', '2024-12-04'],
    ['?asof=2024-02-30', undefined],
    ['?asof=9-11-2024', undefined],
    ['?asof=<script>', undefined],
    ['?asof=', undefined],
    ['', undefined],
    ['?asof=1900-01-01', undefined],
    ['?asof=2030-01-01', undefined],
  ])('%j → %j', (search, date) => {
    expect(asOfFromSearch(search, '1945-08-09', '2026-03-16')).toBe(date);
  });
});
