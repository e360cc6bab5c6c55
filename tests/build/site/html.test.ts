/** Every built page is valid HTML (html-validate), checked from the files of the test build. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, pageFile, readPage } from '../../support/site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <meta ... /> and <br /> (valid HTML); attribute order and inline SVG sizing are not errors.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Custom elements (<mp-timeline>, <share-bar>, <site-search>) are valid autonomous elements.
    'no-unknown-elements': 'off',
    // Long Spanish compound titles and the share bar's "Compartir…" are fine as written.
    'long-title': 'off',
    'no-redundant-role': 'off',
  },
});

describe('valid HTML', () => {
  it.each(builtPages())('/%s has no html-validate error', async (page) => {
    const report = await validator.validateString(readPage(page), pageFile(page));
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
    expect(errors).toEqual([]);
  });
});
