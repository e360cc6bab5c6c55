import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/schemas/isoDate.ts';

describe('isoDate schema', () => {
  it('accepts a Date from a YAML parser as its calendar day', () => {
    expect(isoDate.parse(new Date(Date.UTC(2024, 5, 19)))).toBe('2024-06-19');
  });

  it('says what is wrong with a bad date', () => {
    const result = isoDate.safeParse('2024-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/not a calendar date: "2024-02-30"/);
  });
});
