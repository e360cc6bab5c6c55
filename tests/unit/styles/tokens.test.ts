import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FACES } from '../../../src/fonts/faces.ts';

const tokens = await readFile('src/styles/tokens.css', 'utf8');
const stack = (name: string) => tokens.match(new RegExp(`--${name}: ([^;]+);`))![1].split(',').map((f) => f.trim().replace(/^'|'$/g, ''));

describe('src/styles/tokens.css', () => {
  it('names each face first, then its metric-matched fallbacks, in order', () => {
    expect(stack('font-text').slice(0, 1 + FACES.text.fallbacks.length)).toEqual([FACES.text.family, ...FACES.text.fallbacks.map((f) => f.family)]);
    expect(stack('font-ui').slice(0, 1 + FACES.ui.fallbacks.length)).toEqual([FACES.ui.family, ...FACES.ui.fallbacks.map((f) => f.family)]);
  });

  it('defines the type and spacing scales once, and print restates the type scale in points', () => {
    for (const step of ['--step--2', '--step--1', '--step-0', '--step-1', '--step-2', '--step-3', '--step-4']) {
      const declarations = tokens.match(new RegExp(`${step}:`, 'g')) ?? [];
      expect(declarations, step).toHaveLength(2);
      expect(tokens.slice(tokens.indexOf('@media print'))).toMatch(new RegExp(`${step}: [0-9.]+pt;`));
    }
    for (const space of ['--space-3xs', '--space-2xs', '--space-xs', '--space-s', '--space-m', '--space-l', '--space-xl', '--space-2xl']) expect(tokens).toContain(`${space}:`);
  });
});
