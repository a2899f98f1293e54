/**
 * Every page of the sitemap, served by nginx under the base path: axe (WCAG 2.0/2.1/2.2 A and AA) finds
 * nothing; no Content-Security-Policy violation, console error or request to another origin; Russian,
 * one h1, headings in order, landmarks; no script but the search page's and the print button's; nothing
 * wider than a phone's screen.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { sitemapPaths } from './pages';

const paths = sitemapPaths();
const CHUNKS = 4;
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 360, height: 740 };

test('the sitemap lists the pages', () => {
  expect(paths.length).toBeGreaterThan(100);
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const mine = paths.filter((_, index) => index % CHUNKS === chunk);
  test(`pages ${chunk + 1}/${CHUNKS} (${mine.length})`, async ({ page, baseURL }) => {
    test.setTimeout(600_000);
    const origin = new URL(baseURL!).origin;
    const scripts: string[] = [];
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
        list.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    for (const path of mine) {
      scripts.length = 0;
      errors.length = 0;
      const where = `/${path}`;
      const response = await page.goto(path);
      expect(response?.status(), where).toBe(200);
      expect(await page.locator('html').getAttribute('lang'), where).toBe('ru');
      expect(await page.locator('h1').count(), where).toBe(1);
      expect(await page.getByRole('main').count(), where).toBe(1);
      expect(await page.getByRole('navigation', { name: 'Основная навигация' }).count(), where).toBe(1);
      expect(await page.getByRole('link', { name: 'Перейти к содержанию' }).getAttribute('href'), where).toBe('#content');

      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
      expect(levels[0], `${where}: первый заголовок`).toBe(1);
      levels.forEach((level, index) => index > 0 && expect(level, `${where}: заголовки ${levels.join(' ')}`).toBeLessThanOrEqual(levels[index - 1]! + 1));

      // Scripts: the search page and the briefing load their own; the pages with «Печать» (sector
      // summaries, regions, dossiers, the briefing) carry its tiny inline script; every other page has none.
      if (path !== 'search/' && path !== 'briefing/') expect(scripts, where).toEqual([]);
      const inline = await page.locator('script:not([type="application/ld+json"]):not([src])').evaluateAll((found) => found.map((script) => script.textContent!.length));
      if (/^(sectors|regions|briefing)\/.+$/.test(path) || path === 'briefing/') inline.forEach((size) => expect(size, `${where}: встроенный скрипт`).toBeLessThanOrEqual(1024));
      else if (path !== 'search/') expect(inline, where).toEqual([]);

      // A phone: nothing wider than the screen (a phone's browser would zoom the whole page out to fit it).
      await page.setViewportSize(PHONE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where}: ширина страницы на телефоне`).toBeLessThanOrEqual(PHONE.width);
      await page.setViewportSize(DESKTOP);

      expect(await axeViolations(page), where).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []), `${where}: CSP`).toEqual([]);
      expect(errors, where).toEqual([]);
    }
    expect(foreign, 'запросы к другим адресам').toEqual([]);
  });
}
