/**
 * axe finds no WCAG 2.2 A/AA violation on a page of every kind in the dark scheme (every page is checked
 * in the light scheme by every-page.spec.ts); each test attaches the page at phone width.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { pageKinds } from './pages';

for (const [kind, path] of Object.entries(pageKinds)) {
  test(`${kind} (dark): no axe violations`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    if (path.includes('?q=')) await expect(page.locator('#search-status')).toHaveText(/^Найдено/);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 900 });
    await testInfo.attach(`${kind}-375.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });
}
