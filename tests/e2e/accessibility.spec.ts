/**
 * axe finds no WCAG 2.2 A/AA violation on a page of every kind in the dark scheme (every page is checked
 * in the light scheme by every-page.spec.ts, under nginx); screenshots of each kind.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageKinds } from './pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const [kind, path] of Object.entries(pageKinds)) {
  for (const colorScheme of ['dark'] as const) {
    test(`${kind} (${colorScheme}): no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.locator('#search-status')).toHaveText(/^Найдено/);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }

  test(`${kind}: screenshots at 375 and 1280 px`, async ({ page }, testInfo) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.locator('#search-status')).toHaveText(/^Найдено/);
      await page.screenshot({ path: testInfo.outputPath(`${kind}-${width}.png`), fullPage: true });
    }
  });
}
