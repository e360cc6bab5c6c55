/**
 * In a browser, on the sample of pages (tests/support/sample.ts): each answers 200, loads nothing
 * from another origin, breaks no Content-Security-Policy rule and logs no error. That every link
 * of every page resolves is checked from the files (tests/build/site/links.test.ts).
 */
import { expect, test } from '@playwright/test';
import { browserSample } from '../support/sample.ts';
import { ORIGIN } from '../support/site.ts';

for (const { name, path } of browserSample()) {
  test(`${name}: /${path} answers, loads nothing from another origin, breaks no CSP rule`, async ({ page }) => {
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(ORIGIN) && !u.startsWith('data:')) foreign.push(u);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(problems, 'console errors and CSP violations').toEqual([]);
  });
}
