/** A reader finds a document through the register and follows it to the contact where it was signed. */
import { expect, test } from '@playwright/test';

test('from the home page to a document, its region and back through the chronology', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Документы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Документы' })).toBeVisible();

  await page.getByRole('link', { name: /^Меморандум об установлении побратимских отношений .* Могилевом/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('побратимских отношений');

  await page.getByRole('link', { name: /^16–17 февраля 2023 г\./ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Визит делегации Астраханской области');
  await expect(page.getByRole('link', { name: /^Меморандум об установлении побратимских отношений/ })).toBeVisible();

  await page.getByRole('link', { name: 'Бабушкин И.Ю.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Бабушкин И.Ю.' })).toBeVisible();
  await expect(page.getByText('Губернатор Астраханской области').first()).toBeVisible();
});

test('a region page lists the documents of the cities under it', async ({ page }) => {
  await page.goto('regions/mogilevskaya-oblast/');
  await expect(page.getByRole('heading', { level: 1, name: 'Могилёвская область' })).toBeVisible();
  // The twinning memorandum is filed under the city of Mogilev, which rolls up to the oblast.
  await expect(page.getByRole('link', { name: /^Меморандум об установлении побратимских отношений/ })).toBeVisible();
});
