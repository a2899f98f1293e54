/** The briefing narrowed in the browser: the choice lives in the address, the title line and the contents follow it. */
import { expect, test, type Page } from '@playwright/test';
import { EVERYTHING, type Selection } from '../../src/briefing/selection';
import { dossierOf } from '../../src/content/dossier';
import { content as files, related as content } from '../helpers/content';
import { marksOf } from '../helpers/marks';

const line = (page: Page) => page.locator('[data-selection-line]');
/** «Могилёвская область, 2023–2025 гг.: 8 документов, 10 контактов, 11 пунктов», spaces as typed. */
const expectedLine = (selection: Selection, prefix: string) => {
  const { counts } = dossierOf(content, selection);
  // Typography puts no-break spaces where it may: any space matches any.
  return new RegExp(`^${prefix}: ${counts.agreements} документ\\S*, ${counts.contacts} контакт\\S*, ${counts.items} пункт`.replace(/ /g, '\\s'));
};
const shown = (page: Page, kind: string) => page.locator(`[data-kind="${kind}"]:visible`);

test('a choice narrows the dossier, goes into the address, survives a reload and is undone by Back', async ({ page }) => {
  await page.goto('briefing/');
  await expect(line(page)).toHaveText(expectedLine(EVERYTHING, 'Все регионы'));

  await page.getByLabel('Регион').selectOption({ label: 'Могилёвская область' });
  await expect(page).toHaveURL(/briefing\/\?region=mogilevskaya-oblast$/);
  const region = { ...EVERYTHING, region: 'mogilevskaya-oblast' };
  await expect(line(page)).toHaveText(expectedLine(region, 'Могилёвская область'));

  for (const year of ['2023', '2024', '2025']) await page.getByRole('checkbox', { name: year, exact: true }).check();
  await expect(page).toHaveURL(/\?region=mogilevskaya-oblast&year=2023&year=2024&year=2025$/);
  const narrowed = { ...region, years: [2023, 2024, 2025] };
  const dossier = dossierOf(content, narrowed);
  await expect(line(page)).toHaveText(expectedLine(narrowed, 'Могилёвская область, 2023–2025\\sгг\\.'));
  await expect(shown(page, 'contact')).toHaveCount(dossier.counts.contacts);
  await expect(shown(page, 'agreement')).toHaveCount(dossier.counts.agreements);
  await expect(shown(page, 'item')).toHaveCount(dossier.counts.items);
  // The contents and the chronology's heading describe the choice.
  await expect(page.locator('nav.toc a[data-chronology-title]')).toHaveText(/Хронология контактов, 2023–2025\sгг\./);
  await expect(page.locator('nav.toc .years li:visible')).toHaveText(dossier.years.map(({ year }) => String(year)));
  // The Word file is the region's dossier.
  await expect(page.locator('[data-word]')).toHaveAttribute('href', /files\/regions\/mogilevskaya-oblast\.docx$/);

  await page.reload();
  await expect(page.getByLabel('Регион')).toHaveValue('mogilevskaya-oblast');
  await expect(page.getByRole('checkbox', { name: '2024', exact: true })).toBeChecked();
  await expect(line(page)).toHaveText(expectedLine(narrowed, 'Могилёвская область, 2023–2025\\sгг\\.'));

  await page.goBack();
  await expect(page).toHaveURL(/\?region=mogilevskaya-oblast&year=2023&year=2024$/);
  await expect(page.getByRole('checkbox', { name: '2025', exact: true })).not.toBeChecked();
  await page.getByRole('button', { name: 'Показать всё' }).click();
  await expect(page).toHaveURL(/briefing\/$/);
  await expect(line(page)).toHaveText(expectedLine(EVERYTHING, 'Все регионы'));
  await expect(page.locator('[data-word]')).toHaveAttribute('href', /files\/spravka\.docx$/);
});

test('a shared address opens the same choice, sectors too', async ({ page }) => {
  await page.goto('briefing/?sector=kultura&sector=sport');
  await expect(page.getByRole('checkbox', { name: 'Культура', exact: true })).toBeChecked();
  const selection = { ...EVERYTHING, sectors: ['kultura', 'sport'] };
  await expect(line(page)).toHaveText(expectedLine(selection, 'Все регионы, направления: Культура, Физическая культура и спорт'));
  await expect(page.locator('section[data-group="kultura"]')).toBeVisible();
  await expect(page.locator('section[data-group="obrazovanie"]')).toBeHidden();
});

test('each region page links its ready dossier, which needs no script', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('regions/mogilevskaya-oblast/');
  await page.getByRole('link', { name: 'Досье: Могилёвская область' }).click();
  await expect(page).toHaveURL(/briefing\/mogilevskaya-oblast\/$/);
  await expect(page.locator('[data-selection-line]')).toHaveText(expectedLine({ ...EVERYTHING, region: 'mogilevskaya-oblast' }, 'Могилёвская область'));
  await expect(page.getByRole('link', { name: /^Word \(\d+,?\d* КБ\)$/ })).toHaveAttribute('href', /files\/regions\/mogilevskaya-oblast\.docx$/);
  await page.close();
});

test('chosen a region, an entry in it only by the editors\' reading says so, and the line says how many of what', async ({ page }) => {
  // Counted from the content files: the documents, contacts and items (with their sub-items) г. Минск holds only by the editors' reading.
  const marks = marksOf(files);
  const byEditors = (entries: readonly (readonly { id: string; basis?: string | undefined }[])[]) => entries.map((refs) => marks.placement(refs, 'minsk')).filter(({ concerns, basis }) => concerns && basis);
  const documents = byEditors(files.agreements.map((doc) => doc.data.regions));
  const items = byEditors(files.sectors.flatMap((sector) => sector.data.items.map((item) => [...item.regions, ...item.subitems.flatMap((sub) => sub.regions)])));
  expect(documents.length).toBeGreaterThan(0);

  await page.goto('briefing/');
  await expect(page.locator('[data-placement]:visible')).toHaveCount(0);
  await page.getByLabel('Регион').selectOption({ label: 'г. Минск' });
  await expect(line(page)).toContainText(new RegExp(`\\(из\\sних\\sпо\\sданным\\sредакции:\\sдокументов\\s—\\s${documents.length},\\sпунктов\\s—\\s${items.length}\\)`));
  const marked = page.locator('[data-kind]:visible [data-placement="minsk"]:visible');
  await expect(marked).toHaveCount(documents.length + items.length);
  for (const { basis } of [...documents, ...items]) await expect(page.locator('[data-placement="minsk"]:visible .editorial-note', { hasText: basis! }).first()).toBeAttached();
  // Another region hides them; its own show.
  await page.getByLabel('Регион').selectOption({ label: 'Могилёвская область' });
  await expect(page.locator('[data-placement="minsk"]:visible')).toHaveCount(0);
});
