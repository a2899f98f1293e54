/** Readers' search tasks, each checked against the content rather than against typed numbers. */
import { expect, test, type Page } from '@playwright/test';
import { content } from '../helpers/content';

const parent = new Map(content.regions.map((region) => [region.id, region.data.parent?.id]));
/** The oblast-level unit a region rolls up to, as the «Регион» filter does. */
const oblastOf = (id: string): string => (parent.get(parent.get(id) ?? '') ? oblastOf(parent.get(id)!) : id);
const regionName = (id: string) => content.regions.find((region) => region.id === id)!.data.name;

/** Opens /search/ with the given query string and returns the result titles once they are shown. */
async function results(page: Page, query: Record<string, string | string[]>) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const one of [value].flat()) params.append(name, one);
  await page.goto(`search/?${params}`);
  await expect(page.locator('#search-status')).toHaveText(/^(Найдено|Ничего)/);
  while (await page.locator('#search-more').isVisible()) {
    const count = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await expect(page.locator('#search-results li')).not.toHaveCount(count);
  }
  return (await page.locator('#search-results li a.result-title').allTextContents()).sort();
}

test('«Витебск» in 2014 finds both 2014 documents of Vitebsk', async ({ page }) => {
  const expected = content.agreements
    .filter((doc) => doc.data.year === 2014 && doc.data.regions.some(({ id }) => oblastOf(id) === 'vitebskaya-oblast'))
    .map((doc) => doc.data.title);
  expect(expected.length).toBe(2);
  expect(await results(page, { q: 'Витебск', Год: '2014' })).toEqual(expected.sort());
});

test('all documents of Могилёвская область, with an empty query', async ({ page }) => {
  const expected = content.agreements.filter((doc) => doc.data.regions.some(({ id }) => oblastOf(id) === 'mogilevskaya-oblast'));
  const titles = await results(page, { Регион: regionName('mogilevskaya-oblast'), Раздел: 'Документ' });
  expect(titles).toEqual(expected.map((doc) => doc.data.title).sort());
  await expect(page.locator('#q')).toHaveValue('');
});

test('all contacts of 2025, as many as the content has', async ({ page }) => {
  const expected = content.chronology.filter((contact) => [contact.data.start, contact.data.end].some((day) => day?.startsWith('2025')));
  const titles = await results(page, { Раздел: 'Контакт', Год: '2025' });
  expect(titles).toEqual(expected.map((contact) => contact.data.title).sort());
  await expect(page.locator('#search-status')).toContainText(String(expected.length));
});

test('a person\'s name finds every contact that person took part in', async ({ page }) => {
  for (const id of ['lyakhnovich', 'isachenko', 'golovchenko']) {
    const person = content.people.find((entry) => entry.id === id)!;
    const surname = person.data.surname;
    const took = content.chronology.filter((contact) => contact.data.people.some(({ person: ref }) => ref.id === id));
    const titles = await results(page, { q: surname, Раздел: 'Контакт' });
    for (const contact of took) expect(titles, `${surname}: ${contact.id}`).toContain(contact.data.title);
  }
});

test('different forms of a word find the same pages; «ё» and «е» match', async ({ page }) => {
  const tractor = await results(page, { q: 'трактор' });
  expect(tractor).toContain('Сельское хозяйство');
  expect(await results(page, { q: 'тракторов' })).toEqual(tractor);
  expect(await results(page, { q: 'Могилёв', Раздел: 'Документ' })).toEqual(await results(page, { q: 'Могилев', Раздел: 'Документ' }));
  // Every document whose text names the city (any case, with «е» or «ё») is found by every form of its name.
  const city = /(^|[^а-яё])могил[её]в(а|у|ом|е)?([^а-яё]|$)/i;
  const naming = content.agreements.filter((doc) => city.test(`${doc.data.title} ${doc.body}`)).map((doc) => doc.data.title);
  expect(naming.length).toBeGreaterThan(1);
  for (const form of ['Могилёв', 'Могилев', 'Могилёва', 'Могилеву', 'Могилевом']) {
    const found = await results(page, { q: form, Раздел: 'Документ' });
    for (const title of naming) expect(found, `${form}: ${title}`).toContain(title);
  }
});

test('a shared URL restores the query, the filters and the same results', async ({ page }) => {
  await page.goto('search/');
  await page.locator('#q').fill('соглашение');
  await page.getByRole('checkbox', { name: /^Брестская область/ }).check();
  await expect(page.locator('#search-status')).toHaveText(/^Найдено/);
  await expect(page).toHaveURL(/q=%D1%81/);
  const shared = page.url();
  const titles = (await page.locator('#search-results li a.result-title').allTextContents()).sort();

  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.locator('#q')).toHaveValue('соглашение');
  await expect(other.getByRole('checkbox', { name: /^Брестская область/ })).toBeChecked();
  await expect(other.locator('#search-status')).toHaveText(/^Найдено/);
  expect((await other.locator('#search-results li a.result-title').allTextContents()).sort()).toEqual(titles);
});

test('a script-injection query renders as text and opens no dialog', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)>';
  await results(page, { q: attack });
  await expect(page.locator('#q')).toHaveValue(attack);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the header form of any page lands on the search results', async ({ page }) => {
  await page.goto('sectors/kultura/');
  await page.getByRole('search').getByRole('searchbox').fill('театр');
  await page.getByRole('search').getByRole('button', { name: 'Найти' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('#search-status')).toHaveText(/^Найдено/);
  await expect(page.locator('#search-results')).toContainText('Культура');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and links the register, the chronology and the regions', async ({ page }) => {
    await page.goto('search/?q=Витебск');
    await expect(page.getByText('Для поиска по тексту нужен JavaScript')).toBeVisible();
    for (const name of ['Документы', 'Хронология', 'Регионы']) await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
    // The filters and results need the script: without it they stay hidden.
    await expect(page.locator('#search-ui')).toBeHidden();
  });
});
