/** A value the editors give, not the source, is marked where it appears and explains itself: on hover, on focus, in print. */
import { expect, test, type Page } from '@playwright/test';
import { content } from '../helpers/content';
import { marksOf } from '../helpers/marks';
import { TRACK_DEFINITIONS, TRACKS, classificationBasis } from '../../src/content/schemas/agreement';

const basisOf = <T extends { id: string }>(entries: T[], id: string, get: (entry: T) => { basis?: string | undefined } | undefined) =>
  get(entries.find((entry) => entry.id === id)!)!.basis!;
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The mark after `label` in the row `term` of the metadata: visible, and its note shown on hover, on focus and on paper. */
async function explains(page: Page, term: string, label: string, basis: string) {
  const row = page.locator('dd', { has: page.getByRole('link', { name: label }) }).filter({ has: page.locator('.editorial-mark') });
  await expect(page.locator('dt', { hasText: term })).toBeVisible();
  const mark = row.locator('.editorial-mark').first();
  const note = row.locator('.editorial-note').first();
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText('ред.');
  await expect(note).toBeHidden();
  expect(normal(await note.textContent() ?? '')).toBe(normal(`в справке не указано; по данным редакции: ${basis}`));
  // The note describes the mark for screen readers.
  await expect(mark).toHaveAccessibleDescription(/^в\sсправке\sне\sуказано;\sпо\sданным\sредакции:/);

  await mark.hover();
  await expect(note).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(note).toBeHidden();

  await mark.focus();
  await expect(note).toBeVisible();
  await mark.blur();

  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
}

test('a document page marks the region the editors give from the organisation\'s seat', async ({ page }) => {
  await page.goto('agreements/agtu-bguir-2023/');
  await explains(page, 'Регион Беларуси', 'г. Минск', basisOf(content.agreements, 'agtu-bguir-2023', (doc) => doc.data.regions[0]));
});

test('a person page marks the region the editors give', async ({ page }) => {
  await page.goto('people/galkina/');
  await explains(page, 'Регион Беларуси', 'г. Минск', basisOf(content.people, 'galkina', (person) => person.data.region));
});

test('a contact page marks a venue the source does not give', async ({ page }) => {
  await page.goto('chronology/2023-07-01-756-letie-mogileva/');
  const row = page.locator('dd', { has: page.locator('.editorial-mark') }).filter({ hasText: 'Республика Беларусь' });
  await expect(row.locator('.editorial-mark')).toBeVisible();
  await row.locator('.editorial-mark').focus();
  await expect(row.locator('.editorial-note')).toContainText(basisOf(content.contacts, '2023-07-01-756-letie-mogileva', (contact) => contact.data.venue));
});

test('the map says how much of each count is the editors\' reading, and a region the source never names is marked', async ({ page }) => {
  await page.goto('regions/');
  await expect(page.locator('figure.picture figcaption').first()).toContainText('по данным редакции');
  const grodno = page.locator('a[data-region="grodnenskaya-oblast"]');
  // The share names what it counts: «из них по данным редакции: документов — 2».
  await expect(grodno).toHaveAttribute('aria-label', /из\sних\sпо\sданным\sредакции:\s(документов|контактов)\s—\s\d+/);
  await page.getByText('Таблица с данными').first().click();
  await expect(page.getByRole('columnheader', { name: 'Из них документов по данным редакции' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Из них контактов по данным редакции' })).toBeVisible();
  const reference = content.regions.find((region) => region.data.basis)!;
  const item = page.locator('.tree li', { has: page.getByRole('link', { name: reference.data.name, exact: true }) }).first();
  await expect(item.locator('.editorial-mark').first()).toBeVisible();
});

test('«О справочнике» lists every value the editors give, with its basis', async ({ page }) => {
  await page.goto('about/');
  const rows = page.locator('table', { has: page.locator('caption', { hasText: 'их указала редакция' }) }).locator('tbody tr');
  // Every value the content files give with a basis, and what follows from them; a level's classification is explained apart.
  const bases = [...marksOf(content).values.values()].flat().filter(({ field, basis }) => field !== 'track' || !TRACKS.some((track) => classificationBasis(track) === basis));
  expect(await rows.count()).toBe(bases.length);
  const shown = normal((await rows.allTextContents()).join(' '));
  for (const { basis } of bases) expect(shown).toContain(normal(basis));
  for (const [track, definition] of Object.entries(TRACK_DEFINITIONS)) await expect(page.locator('li', { hasText: track }).filter({ hasText: definition })).toHaveCount(1);
});
