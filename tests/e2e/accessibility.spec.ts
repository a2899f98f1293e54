/**
 * axe finds no WCAG 2.2 A/AA violation on a page of every kind in the dark scheme (every page is checked
 * in the light scheme by every-page.spec.ts); each test attaches the page at phone and desktop width.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageKinds } from './pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const [kind, path] of Object.entries(pageKinds)) {
  test(`${kind} (dark): no axe violations`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    if (path.includes('?q=')) await expect(page.locator('#search-status')).toHaveText(/^Найдено/);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary).toEqual([]);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await testInfo.attach(`${kind}-${width}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    }
  });
}
