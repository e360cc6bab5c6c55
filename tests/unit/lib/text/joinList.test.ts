import { describe, expect, it } from 'vitest';
import { joinList } from '../../../../src/lib/text/joinList.ts';

describe('joinList(items, lang)', () => {
  it('joins with commas and a final conjunction in each language', () => {
    expect(joinList(['17', '19', '21'], 'es')).toBe('17, 19 y 21');
    expect(joinList(['17', '19', '21'], 'en')).toBe('17, 19 and 21');
    expect(joinList(['NHK', 'TASS'], 'en')).toBe('NHK and TASS');
  });

  it('leaves one item as it is and none as nothing', () => {
    expect(joinList(['17'], 'es')).toBe('17');
    expect(joinList([], 'en')).toBe('');
  });
});
