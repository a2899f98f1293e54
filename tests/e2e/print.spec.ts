/**
 * Printing: sector summaries fit two A4 pages, the briefing prints whole and in order, no screen chrome
 * on paper. Each printed PDF is attached to its test's report, to look at.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { formatDateRange } from '../../src/format/dates';
import { pictures } from '../../src/i18n/ru';
import { content, related as relations } from '../helpers/content';
import { EVERYTHING } from '../../src/briefing/selection';
import { dossierOf } from '../../src/content/dossier';
import { typeset } from '../../src/format/typography';
import { marksOf } from '../helpers/marks';

/** The text of one page of the page as printed (1-based). */
async function printedPage(page: Page, number: number): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
  const { text } = await extractText(pdf, { mergePages: false });
  return text[number - 1]!.replace(/\s+/g, ' ');
}

/** The page printed to an A4 PDF, attached to the test: its page count and its text, spaces folded. */
async function printed(page: Page, path: string, testInfo: TestInfo) {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const body = await page.pdf({ format: 'A4', printBackground: true });
  await testInfo.attach(`${path.replace(/\W+/g, '-') || 'home'}.pdf`, { body, contentType: 'application/pdf' });
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(pdf, { mergePages: true });
  return { pages: pdf.numPages, text: text.replace(/\s+/g, ' ') };
}

// Lines break after hyphens in print; fold them back, and spaces around dashes.
const fold = (text: string) => text.replace(/\s+/g, ' ').replace(/(\S)- /g, '$1-').replace(/\s*–\s*/g, '–');
const SCREEN_ONLY = ['Документы Направления Хронология Регионы Поиск', 'Перейти к содержанию', 'Поиск по справочнику', 'Найти', 'Печать'];

for (const sector of content.sectors) {
  test(`sector «${sector.data.title}» prints on at most two A4 pages, with every document and contact it counts`, async ({ page }, testInfo) => {
    const { pages, text } = await printed(page, `sectors/${sector.id}/`, testInfo);
    testInfo.annotations.push({ type: 'страниц A4', description: String(pages) });
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(sector.data.title);
    const folded = fold(text);
    for (const doc of relations.agreementsOf(sector.id)) expect(folded, doc.id).toContain(fold(typeset(doc.data.title)));
    for (const contact of relations.contactsOf(sector.id)) expect(folded, contact.id).toContain(fold(typeset(contact.data.title)));
    expect(text).toContain('Дата справки не указана; последнее событие в ней');
    for (const chrome of SCREEN_ONLY) expect(text, chrome).not.toContain(chrome);
  });
}

test('the briefing prints every contact date and the legal base in the source\'s order', async ({ page }, testInfo) => {
  const { pages, text } = await printed(page, 'briefing/', testInfo);
  testInfo.annotations.push({ type: 'страниц A4', description: String(pages) });
  const folded = fold(text);
  for (const contact of content.contacts) expect(folded).toContain(fold(formatDateRange(contact.data.start, contact.data.end)));
  const legalBase = content.agreements.filter((doc) => doc.data.legalBase).sort((a, b) => a.data.legalBase! - b.data.legalBase!);
  expect(legalBase.length).toBeGreaterThan(0);
  let from = 0;
  for (const doc of legalBase) {
    const at = folded.indexOf(fold(doc.data.title), from);
    expect(at, `${doc.data.legalBase}. ${doc.data.title}`).toBeGreaterThanOrEqual(from);
    from = at;
  }
  for (const chrome of SCREEN_ONLY) expect(text, chrome).not.toContain(chrome);
});

test('the briefing prints only the chosen sectors and years', async ({ page }, testInfo) => {
  const [first, second] = [...content.sectors].sort((a, b) => a.data.order - b.data.order);
  const { text } = await printed(page, `briefing/?sector=${second!.id}&year=2023`, testInfo);
  const folded = fold(text);
  expect(folded).not.toContain(fold(first!.data.heading));
  expect(folded).toContain(fold(second!.data.heading));
  const in2019 = content.contacts.find((contact) => contact.data.start.startsWith('2019'))!;
  expect(folded).not.toContain(fold(formatDateRange(in2019.data.start, in2019.data.end)));
});

test('the Mogilev oblast dossier prints its title, selection, date line and contents on page 1, and every statement', async ({ page }, testInfo) => {
  const { pages, text } = await printed(page, 'briefing/mogilevskaya-oblast/', testInfo);
  testInfo.annotations.push({ type: 'страниц A4', description: String(pages) });
  const dossier = dossierOf(relations, { ...EVERYTHING, region: 'mogilevskaya-oblast' });
  const folded = fold(text);
  for (const statement of [...dossier.legalBase, ...dossier.otherAgreements, ...dossier.years.flatMap(({ contacts }) => contacts)].map((entry) => entry.body ?? ''))
    expect(folded).toContain(fold(typeset(statement)).slice(0, 80));
  const first = fold(await printedPage(page, 1));
  expect(first).toContain('Досье: Могилёвская область');
  expect(first).toMatch(new RegExp(`Могилёвская область: ${dossier.counts.agreements} документ\\S*, ${dossier.counts.contacts} контакт\\S*, ${dossier.counts.items} пункт`));
  expect(first).toContain('Дата справки не указана; последнее событие в ней');
  expect(first).toContain('Содержание');
  for (const chrome of SCREEN_ONLY) expect(text, chrome).not.toContain(chrome);
});

test('the home page prints the map and the charts, each bar with its count', async ({ page }, testInfo) => {
  const { text } = await printed(page, '', testInfo);
  const folded = fold(text);
  const starts = content.contacts.map((contact) => Number(contact.data.start.slice(0, 4)));
  const [first, last] = [Math.min(...starts), Math.max(...starts, ...content.agreements.map((doc) => doc.data.year))];
  expect(folded).toContain(fold(pictures.mapTitle));
  expect(folded).toContain(fold(pictures.contactsTitle(first, last)));
  // After the caption's last sentence, bar by bar, oldest first: the values on its parts, its total, its year; then the legend.
  const bars = Array.from({ length: last - first + 1 }, (_, index) => first + index).map(
    (year) => `(?:\\d+ )*${starts.filter((start) => start === year).length} ${year}`,
  );
  expect(folded).toMatch(new RegExp(`\\. ${bars.join(' ')} ${pictures.directions.astrakhan}`));
  const { width } = (await page.locator('svg.chart').first().boundingBox())!;
  expect(width, 'ширина диаграммы на бумаге').toBeGreaterThan(200);
});

for (const [kind, path] of [['agreement', 'agreements/pravitelstva-2021/'], ['contact', 'chronology/2022-06-30-ix-forum-regionov/'], ['region', 'regions/vitebskaya-oblast/'], ['person', 'people/lyakhnovich/']] as const) {
  test(`a ${kind} page prints cleanly: its heading and closing block, no screen chrome`, async ({ page }, testInfo) => {
    await page.goto(path);
    const heading = (await page.locator('h1').textContent())!;
    const { text } = await printed(page, path, testInfo);
    expect(fold(text)).toContain(fold(heading).slice(0, 40));
    expect(text).toContain('Дата справки не указана; последнее событие в ней');
    expect(text).toContain('Адрес страницы:');
    expect(text.replace(/\s/g, ''), 'адрес страницы').toContain(`/${path}`);
    for (const chrome of SCREEN_ONLY) expect(text, chrome).not.toContain(chrome);
  });
}

test('the г. Минск dossier prints, beside each entry it holds only by the editors\' reading, why, and says how many of what', async ({ page }, testInfo) => {
  const { text } = await printed(page, 'briefing/minsk/', testInfo);
  const folded = fold(text);
  // Counted from the content files, not by the site's code.
  const marks = marksOf(content);
  const placed = [
    ...content.agreements.map((doc) => doc.data.regions),
    ...content.contacts.map((contact) => contact.data.regions),
    ...content.sectors.flatMap((sector) => sector.data.items.map((item) => [...item.regions, ...item.subitems.flatMap((sub) => sub.regions)])),
  ].map((refs) => marks.placement(refs, 'minsk')).filter(({ concerns }) => concerns);
  const bases = placed.flatMap(({ basis }) => (basis ? [basis] : []));
  expect(bases.length).toBeGreaterThan(0);
  for (const basis of new Set(bases)) expect(folded).toContain(fold(typeset(`в справке не указано, что запись относится к региону «г. Минск»; по данным редакции: ${basis}`)));
  expect(folded).toContain('(из них по данным редакции: документов — ');
});
