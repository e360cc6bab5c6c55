import { describe, expect, it } from 'vitest';
import { capitalize } from '../../../../src/lib/text/capitalize.ts';

describe('capitalize(text)', () => {
  it('capitalises the first letter only, accented ones too', () => {
    expect(capitalize('ayuda militar')).toBe('Ayuda militar');
    expect(capitalize('économie de la ONU')).toBe('Économie de la ONU');
    expect(capitalize('')).toBe('');
  });
});
