import { describe, expect, it } from 'vitest';
import { attributionText, statusText } from '../../../src/i18n/statusText.ts';

const nis = { es: 'el NIS surcoreano', en: 'South Korea’s NIS' };

describe('statusText(facts, lang)', () => {
  it('names the status, and whose claim it is', () => {
    expect(statusText({ status: 'claimed', attribution: nis }, 'es')).toBe('Afirmado, sin confirmar (según el NIS surcoreano)');
    expect(statusText({ status: 'claimed', attribution: nis }, 'en')).toBe('Claimed, unconfirmed (according to South Korea’s NIS)');
  });

  it('says a confirmed fact plainly, with no attribution', () => {
    expect(statusText({ status: 'confirmed' }, 'es')).toBe('Confirmado');
    expect(attributionText({ status: 'confirmed' }, 'en')).toBe('');
  });
});
