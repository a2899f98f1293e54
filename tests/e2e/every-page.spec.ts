/** Every page of the sitemap: Russian, one h1, headings in order, landmarks, no script but on /search/, no console error. */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './pages';

const paths = sitemapPaths();

test('every page of the sitemap is a well-formed page without scripts', async ({ page }) => {
  test.setTimeout(300_000);
  expect(paths.length).toBeGreaterThan(100);
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));

  for (const path of paths) {
    scripts.length = 0;
    errors.length = 0;
    const response = await page.goto(path);
    const where = `/${path}`;
    expect(response?.status(), where).toBe(200);
    expect(await page.locator('html').getAttribute('lang'), where).toBe('ru');
    expect(await page.locator('h1').count(), where).toBe(1);
    expect(await page.getByRole('main').count(), where).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Основная навигация' }).count(), where).toBe(1);
    expect(await page.getByRole('link', { name: 'Перейти к содержанию' }).getAttribute('href'), where).toBe('#content');

    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels[0], `${where}: первый заголовок`).toBe(1);
    levels.forEach((level, index) => index > 0 && expect(level, `${where}: заголовки ${levels.join(' ')}`).toBeLessThanOrEqual(levels[index - 1]! + 1));

    // Scripts: the search page loads its own; sector summaries and the briefing carry the print button's
    // tiny inline script (the briefing also its section chooser); every other page has none.
    if (path !== 'search/') expect(scripts, where).toEqual([]);
    const inline = await page.locator('script:not([type="application/ld+json"]):not([src])').evaluateAll((found) => found.map((script) => script.textContent!.length));
    if (/^(sectors\/.+|briefing\/)$/.test(path)) inline.forEach((size) => expect(size, `${where}: встроенный скрипт`).toBeLessThanOrEqual(1024));
    else if (path !== 'search/') expect(inline, where).toEqual([]);
    expect(errors, where).toEqual([]);
  }
});
