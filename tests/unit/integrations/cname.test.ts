import { describe, expect, it } from 'vitest';
import { customDomain } from '../../../src/integrations/cname.ts';

describe('customDomain(value)', () => {
  it('accepts a host name and writes nothing when unset', () => {
    expect(customDomain('Explicador.Example.org ')).toBe('explicador.example.org');
    expect(customDomain(undefined)).toBeUndefined();
    expect(customDomain('')).toBeUndefined();
  });

  it.each(['https://example.org', 'example.org/path', 'localhost', 'ex ample.org'])('refuses %j, naming CUSTOM_DOMAIN', (value) => {
    expect(() => customDomain(value)).toThrow(/CUSTOM_DOMAIN/);
  });
});
