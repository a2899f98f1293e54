/**
 * Every mark travels: each value the editors give (read from the content files by tests/helpers/marks.ts,
 * not from the site's code) is marked with its basis wherever the published build shows it — every page,
 * every Word file (a footnote), every dataset in JSON, CSV and Excel, the calendar, the feed, the search
 * results' cards — and every entry that a region's or a sector's list, dossier or Word file holds only by
 * the editors' reading says so there. The outputs are found by walking the build, not listed by hand.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, read } from '../helpers/built';
import { content, related } from '../helpers/content';
import { htmlRows, marksOf, missingMarks, words, type EntryKey, type Row } from '../helpers/marks';
import { searchRecords } from '../../src/search/records';
import { cardOf } from '../../src/search/result';
import { FILTERS } from '../../src/search/filters';

const marks = marksOf(content);
const known = new Set([...marks.quotes.keys(), ...marks.regions.keys(), ...content.regions.map((region) => `regions/${region.id}`)]);
const SECTIONS: Record<string, string> = { agreements: 'agreements', chronology: 'contacts', people: 'people', regions: 'regions' };

/** The entry an address of the site opens: an entry's page, or a sector's item by its anchor. */
function entryOf(address: string): EntryKey | undefined {
  const url = new URL(address, `http://site${BASE}`);
  const item = `items/${decodeURIComponent(url.hash.slice(1))}`;
  if (url.hash && known.has(item)) return item;
  if (!url.pathname.startsWith(BASE)) return undefined;
  const [section, id, ...rest] = url.pathname.slice(BASE.length).split('/').filter(Boolean);
  const key = `${SECTIONS[section ?? '']}/${id}`;
  return rest.length === 0 && known.has(key) ? key : undefined;
}

const pages = globSync('**/*.html', { cwd: DIST }).sort();
const pageRows = pages.map((page) => {
  const path = `${BASE}${page.replace(/index\.html$/, '')}`;
  return { page, rows: htmlRows(readFileSync(join(DIST, page), 'utf8'), page, entryOf, { entry: entryOf(path) }) };
});

describe('the checker', () => {
  const withMark = (note: string) => `<span class="editorial"><span class="editorial-mark">ред.</span><span class="editorial-note">${note}</span></span>`;
  const value = [...marks.values.values()].flat().find((one) => one.field.startsWith('regions') && one.entry.startsWith('agreements/'))!;
  const [, id] = value.entry.split('/');
  const row = (mark: string) => `<main><table><tr><th><a href="${BASE}agreements/${id}/">Документ</a></th><td><a href="${BASE}regions/x/">${value.shown[0]}</a>${mark}</td></tr></table></main>`;

  it('finds a value shown without its mark, and accepts it with its mark', () => {
    expect(missingMarks(marks, htmlRows(row(''), 'проба', entryOf))).toHaveLength(1);
    expect(missingMarks(marks, htmlRows(row(withMark(value.basis)), 'проба', entryOf))).toEqual([]);
  });

  it('finds an entry in a region\'s list only by the editors\' reading that says nothing of it', () => {
    const [entry, unit] = [...marks.regions.keys()].flatMap((key) => content.regions.map((region) => [key, region.id] as const)).find(([key, unit]) => key.startsWith('contacts/') && marks.placedByEditors(key, unit))!;
    const list = `<ol data-unit="${unit}"><li><a href="${BASE}chronology/${entry.split('/')[1]}/">Контакт</a></li></ol>`;
    expect(missingMarks(marks, htmlRows(list, 'проба', entryOf))).toHaveLength(1);
  });
});

describe('pages', () => {
  it('have rows of entries, some in a region\'s list and some in a sector\'s', () => {
    const rows = pageRows.flatMap(({ rows: found }) => found);
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.some((one) => one.unit)).toBe(true);
    expect(rows.some((one) => one.sector)).toBe(true);
  });

  it.each(pageRows.map(({ page, rows }) => [page, rows] as const))('%s marks every editorial value it shows', (_page, rows) => {
    expect(missingMarks(marks, rows)).toEqual([]);
  });
});

describe('Word files', () => {
  const files = globSync('**/*.docx', { cwd: join(DIST, 'files') }).sort();
  /** Entries by the text a Word file's row begins with: their quotation, a contact's dates and title, a document's title. */
  const starts: (readonly [string, EntryKey])[] = [
    ...content.agreements.flatMap((doc) => [[doc.body, `agreements/${doc.id}`], [doc.data.title, `agreements/${doc.id}`]] as const),
    ...content.contacts.flatMap((contact) => [[contact.body, `contacts/${contact.id}`], [contact.data.title, `contacts/${contact.id}`]] as const),
    ...[...marks.quotes].filter(([key]) => key.startsWith('items/')).map(([key, [text]]) => [text ?? '', key] as const),
  ].map(([text, key]) => [words(text), key] as const);
  const byText = (text: string): EntryKey[] => [...new Set(starts.filter(([start]) => text.startsWith(start) || (/^\d/.test(text) && text.includes(`— ${start}`))).map(([, key]) => key))];

  /** A Word file as HTML, each footnote reference replaced by the note itself, marked as the pages mark it. */
  async function rowsOf(file: string): Promise<Row[]> {
    const html = (await mammoth.convertToHtml({ buffer: readFileSync(join(DIST, 'files', file)) })).value;
    const notes = new Map([...html.matchAll(/<li id="footnote-(\d+)">(.*?)<\/li>/g)].map(([, number, note]) => [number!, note!.replace(/<a href="#footnote-ref-\d+">.*?<\/a>|<\/?p>/g, '')]));
    const inlined = html
      .replace(/<ol><li id="footnote-1">.*$/s, '')
      .replace(/<sup><a href="#footnote-(\d+)" id="footnote-ref-\d+">\[\d+\]<\/a><\/sup>/g, (_, number: string) => `<span class="editorial"><span class="editorial-note">${notes.get(number)}</span></span>`)
      // An item's lines below it (its regions, its sub-items, a document's region) are paragraphs after its list: part of its row.
      .replace(/<\/li><\/ol>((?:<p>.*?<\/p>)+)/g, '$1</li></ol>');
    const [folder, name] = file.split('/');
    return htmlRows(inlined, file, () => undefined, { byText, unit: folder === 'regions' ? name!.replace('.docx', '') : undefined, sector: folder === 'sectors' ? name!.replace('.docx', '') : undefined });
  }

  it('are the briefing, each sector and each region with a dossier', () => {
    expect(files).toContain('spravka.docx');
    expect(files.filter((file) => file.startsWith('regions/')).length).toBeGreaterThan(5);
  });

  it.each(files)('%s marks every editorial value it shows with a footnote', async (file) => {
    const rows = await rowsOf(file);
    expect(rows.length).toBeGreaterThan(0);
    expect(missingMarks(marks, rows)).toEqual([]);
  });
});

describe('open data', () => {
  const KEYS: Record<string, string> = { agreements: 'agreements', chronology: 'contacts', people: 'people', regions: 'regions', items: 'items' };
  /** A record as a row: every value but the source's words shown, every value a possible note (a basis field). */
  const recordRow = (name: string, format: string, record: Record<string, unknown>): Row => {
    const shown = Object.entries(record).flatMap(([, value]) => [value].flat().map(String));
    return { entry: `${KEYS[name]}/${String(record['id'])}`, where: `data/${name}.${format}: ${String(record['id'])}`, text: words(shown.join(' | ')), notes: shown.map(words) };
  };

  it.each(Object.keys(KEYS))('data/%s.json and .csv give the basis of every editorial value of a record', (name) => {
    const json = JSON.parse(read(`data/${name}.json`)) as { records: Record<string, unknown>[] };
    const csv = parseCsv(read(`data/${name}.csv`), { bom: true, columns: true }) as Record<string, string>[];
    expect(json.records.length).toBeGreaterThan(0);
    expect(missingMarks(marks, [...json.records.map((record) => recordRow(name, 'json', record)), ...csv.map((record) => recordRow(name, 'csv', record))])).toEqual([]);
  });

  it('data/spravochnik.xlsx does too, sheet by sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(DIST, 'data/spravochnik.xlsx')) as unknown as ArrayBuffer);
    const names = Object.keys(KEYS);
    expect(book.worksheets).toHaveLength(names.length);
    const rows = book.worksheets.flatMap((sheet, index) => {
      const found: Row[] = [];
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        const cells = (row.values as unknown[]).slice(1).map((cell) => (cell && typeof cell === 'object' && 'text' in cell ? String(cell.text) : String(cell ?? '')));
        found.push(recordRow(names[index]!, 'xlsx', { ...cells, id: cells[0] }));
      });
      return found;
    });
    expect(missingMarks(marks, rows)).toEqual([]);
  });

  it('data/chronology.ics says in an event\'s description what a category the editors give cannot', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('data/chronology.ics')));
    const rows = calendar.getAllSubcomponents('vevent').map((event): Row => {
      const texts = [event.getFirstPropertyValue('summary'), event.getFirstPropertyValue('description'), event.getFirstPropertyValue('location'), ...event.getAllProperties('categories').flatMap((property) => property.getValues())].map((value) => String(value ?? ''));
      return { entry: `contacts/${String(event.getFirstPropertyValue('uid')).split('@')[0]}`, where: 'data/chronology.ics', text: words(texts.join(' | ')), notes: [words(String(event.getFirstPropertyValue('description')))] };
    });
    expect(rows).toHaveLength(content.contacts.length);
    expect(missingMarks(marks, rows)).toEqual([]);
  });

  it('rss.xml marks what its items show', () => {
    const feed = new XMLParser().parse(read('rss.xml')) as { rss: { channel: { item: { title: string; link: string; description: string }[] } } };
    const rows = feed.rss.channel.item.flatMap((item): Row[] => {
      const entry = entryOf(new URL(item.link).pathname);
      return entry ? [{ entry, where: `rss.xml: ${item.title}`, text: words(`${item.title} | ${item.description}`), notes: [words(item.description)] }] : [];
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(missingMarks(marks, rows)).toEqual([]);
  });
});

describe('search results', () => {
  const regionId = new Map(content.regions.map((region) => [region.data.name, region.id]));
  const cards = searchRecords(related).flatMap((record) => {
    const entry = entryOf(`${BASE}${record.url.replace(/^\//, '')}`);
    return entry ? [{ entry, card: cardOf(record.url, record.title, record.filters), filters: record.filters }] : [];
  });

  it('say «по данным редакции» after a region or a kind only the editors give', () => {
    const unmarked = cards.flatMap(({ entry, card, filters }) => [
      ...(filters[FILTERS.region] ?? [])
        .filter((name) => name !== card.title && marks.placedByEditors(entry, regionId.get(name)!) !== undefined && (marks.regions.get(entry) ?? []).length > 0)
        .filter((name) => !card.details.includes(`${name} (по данным редакции)`))
        .map((name) => `${entry}: ${name}`),
      ...(marks.values.get(entry) ?? [])
        .filter((value) => value.field.startsWith('kinds') && !card.details.includes(`${value.shown[0]} (по данным редакции)`))
        .map((value) => `${entry}: ${value.shown[0]}`),
    ]);
    expect(cards.length).toBeGreaterThan(100);
    expect(unmarked).toEqual([]);
  });
});
