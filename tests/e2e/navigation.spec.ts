/** Readers' paths through the site, following links as a person would. */
import { expect, test } from '@playwright/test';
import { content } from '../helpers/content';

test('from the home page through the register to the 2014 Vitebsk agreement', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Документы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Документы' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Разделы реестра' }).getByRole('link', { name: '2014' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Документы 2014 года');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + content.agreements.filter((doc) => doc.data.year === 2014).length);

  await page.getByRole('link', { name: /^Соглашение между Правительством Астраханской области .* Витебским областным исполнительным комитетом/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Витебским областным исполнительным комитетом');
  await expect(page.getByRole('main').getByRole('link', { name: 'Витебская область' })).toBeVisible();
});

test('from a region page to a contact and on to the document signed there', async ({ page }) => {
  await page.goto('regions/mogilev/');
  await expect(page.getByRole('heading', { level: 1, name: 'г. Могилёв' })).toBeVisible();
  await page.getByRole('link', { name: /^Визит делегации Астраханской области .* подписание Меморандума/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Визит делегации Астраханской области');

  await page.getByRole('main').getByRole('link', { name: /^Меморандум об установлении побратимских отношений/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('побратимских отношений');
  await expect(page.getByRole('main').getByRole('link', { name: /16–17\sфевраля\s2023\sг\./ })).toBeVisible();
});

test('a contact names its people as links, and a person page lists the contact', async ({ page }) => {
  await page.goto('chronology/2022-09-07-rabochaya-gruppa/');
  await page.getByRole('main').getByRole('link', { name: /Князев/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Князев/);
  await expect(page.getByText('вице-губернатор – председатель Правительства Астраханской области'.replace(' – ', '\u00a0– ')).first()).toBeVisible();
  await expect(page.getByRole('main').locator('a[href$="/chronology/2022-09-07-rabochaya-gruppa/"]')).toBeVisible();
  await expect(page.getByRole('main').getByText(/7–9\sсентября\s2022\sг\./)).toBeVisible();
});

test('every contact page links each document signed there, and that document links back', async ({ page }) => {
  const signings = content.contacts.flatMap((contact) => contact.data.signed.map(({ id }) => ({ contact, id })));
  expect(signings.length).toBeGreaterThan(0);
  for (const { contact, id } of signings) {
    await page.goto(`chronology/${contact.id}/`);
    const doc = content.agreements.find((entry) => entry.id === id)!;
    await page.getByRole('main').getByRole('link', { name: doc.data.title.replace(/\s+/g, ' ').slice(0, 40), exact: false }).first().click();
    await expect(page).toHaveURL(new RegExp(`/agreements/${id}/$`));
    await expect(page.getByRole('main').locator(`a[href$="/chronology/${contact.id}/"]`)).toBeVisible();
  }
});

test('the previous and next links walk the chronology in order', async ({ page }) => {
  const [first, second] = content.contacts.map((entry) => entry.id).sort();
  await page.goto(`chronology/${first}/`);
  await expect(page.getByRole('link', { name: /Предыдущий контакт/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Следующий контакт/ }).click();
  await expect(page).toHaveURL(new RegExp(`/chronology/${second}/$`));
});
