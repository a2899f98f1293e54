/** axe-core on the page as it is: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The violations, one line each: rule, help and the first elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The site has no frames, so axe runs in the page itself (legacy mode) rather than frame by frame
  // with the results merged in a page of their own: the same rules in half the time.
  if ((await page.locator('iframe, frame').count()) > 0) throw new Error(`${page.url()}: на странице есть фреймы — нужен режим axe по фреймам`);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}
