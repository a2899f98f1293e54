/**
 * The open data, the calendar and the feed of the published build, read with real parsers: a JSON
 * Schema validator, a CSV parser, an iCalendar parser and an XML parser; every count is the collections'.
 * (A build without SITE_URL, which gives paths instead of addresses and no feed: fixture-site.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DIST, ORIGIN, fileFor, href, read } from '../helpers/built';
import { content } from '../helpers/content';
import { FEED_ITEMS } from '../../src/data/rss';
import { xmlErrors } from '../helpers/strict';

/** The full address of a page of the site, with the origin the build was given. */
const address = (path: string) => ORIGIN + href(path);

/** The built page a full address of the site points to. */
const pageOf = (url: string) => {
  expect(url.startsWith(ORIGIN + href('')), url).toBe(true);
  return fileFor(url);
};

type DataRecord = Record<string, unknown> & { id: string; url: string };

const datasets = {
  agreements: content.agreements.map((entry) => entry.id),
  chronology: content.contacts.map((entry) => entry.id),
  people: content.people.map((entry) => entry.id),
  regions: content.regions.map((entry) => entry.id),
  // A sector's items and sub-items: «<sector>-<n>», «<sector>-<n>-<m>».
  items: content.sectors.flatMap((sector) => sector.data.items.flatMap((item, index) => [`${sector.id}-${index + 1}`, ...item.subitems.map((_, sub) => `${sector.id}-${index + 1}-${sub + 1}`)])),
};

describe.each(Object.entries(datasets))('data/%s', (name, ids) => {
  const json = JSON.parse(read(`data/${name}.json`)) as { count: number; records: DataRecord[] };

  it('validates against its JSON Schema, which rejects a record without its page', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read(`data/${name}.schema.json`)));
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    const { url: _, ...withoutUrl } = json.records[0]!;
    expect(validate({ ...json, records: [withoutUrl] })).toBe(false);
  });

  it('has one record per entry, each with the address of its page', () => {
    expect(json.count).toBe(ids.length);
    expect(json.records.map((record) => record.id).sort()).toEqual([...ids].sort());
    for (const record of json.records) expect(pageOf(record.url), record.url).toMatch(/index\.html$/);
  });

  it('writes a record a line, unindented', () => {
    const lines = read(`data/${name}.json`).trimEnd().split('\n');
    expect(lines.slice(1, -1).map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual(json.records);
  });

  it('gives the same records as CSV (UTF-8 with BOM, RFC 4180, lists joined by «; », formulas neutralised)', () => {
    const csv = read(`data/${name}.csv`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    const asCells = (record: DataRecord) =>
      Object.fromEntries(
        Object.entries(record).map(([key, value]) => {
          const text = Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value);
          return [key, typeof value === 'number' || !/^[=+\-@\t\r]/.test(text) ? text : `'${text}`];
        }),
      );
    expect(rows).toEqual(json.records.map(asCells));
  });
});

describe('data/spravochnik.xlsx', () => {
  it('opens with ExcelJS: a sheet per dataset, a row per record under the header', async () => {
    const file = fileFor(href('data/spravochnik.xlsx'));
    expect(file, 'нет data/spravochnik.xlsx: сначала npm run build:base').toBeDefined();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file!) as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Документы', 'Хронология контактов', 'Персоны', 'Регионы Беларуси', 'Пункты о направлениях']);
    expect(book.worksheets.map((sheet) => sheet.rowCount - 1)).toEqual(Object.values(datasets).map((ids) => ids.length));
    const [firstLink] = book.worksheets[0]!.getColumn(2).values.slice(2) as { hyperlink: string }[];
    expect(pageOf(firstLink!.hyperlink)).toMatch(/index\.html$/);
  });
});

describe('data/chronology.ics', () => {
  const calendar = new ICAL.Component(ICAL.parse(read('data/chronology.ics')));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const dayAfter = (isoDay: string) => new Date(Date.parse(isoDay) + 86_400_000).toISOString().slice(0, 10);

  it('has an all-day event for every contact, with the exclusive end date and a stable UID', () => {
    expect(events).toHaveLength(content.contacts.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const contact of content.contacts) {
      const event = events.find((candidate) => candidate.uid === `${contact.id}@astrakhan-belarus`);
      expect(event, contact.id).toBeDefined();
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(contact.data.start);
      expect(event!.endDate.toString()).toBe(dayAfter(contact.data.end ?? contact.data.start));
      expect(event!.summary).toBe(contact.data.title);
      // The source's text, then each kind the editors give, said with its basis (a category cannot say so).
      const editorialKinds = contact.data.kinds.filter((kind) => kind.basis !== undefined);
      expect(event!.description).toBe([contact.body, ...editorialKinds.map((kind) => `Вид контакта: ${kind.value} — в справке не указано; по данным редакции: ${kind.basis}`)].join('\n\n'));
      expect(event!.component.getAllProperties('categories').flatMap((property) => property.getValues())).toEqual(contact.data.kinds.filter((kind) => kind.basis === undefined).map((kind) => kind.value));
    }
  });

  it('folds lines at 75 octets without splitting a character, with CRLF line ends', () => {
    const raw = readFileSync(join(DIST, 'data/chronology.ics'));
    const lines = raw.toString('latin1').split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'latin1')).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'latin1').toString('utf8')).not.toContain('\uFFFD');
    }
  });

  it('spans «30 июня – 1 июля 2022»: 30 June to 2 July exclusive', () => {
    const forum = events.find((event) => event.startDate.toString() === '2022-06-30');
    expect(forum?.endDate.toString()).toBe('2022-07-02');
    expect(forum?.summary).toMatch(/Форуме регионов/);
  });
});

describe('the editors\' values apart from the source\'s', () => {
  const records = (name: string) => (JSON.parse(read(`data/${name}.json`)) as { records: DataRecord[] }).records;
  const marked = (refs: readonly { id: string; basis?: string | undefined }[]) => refs.filter((ref) => ref.basis !== undefined);

  it('names, for documents and contacts, the regions the editors give and why', () => {
    for (const [name, entries] of [['agreements', content.agreements], ['chronology', content.contacts]] as const)
      for (const entry of entries) {
        const record = records(name).find((candidate) => candidate.id === entry.id)!;
        expect(record['regionsByEditors'], entry.id).toEqual(marked(entry.data.regions).map((ref) => ref.id));
        expect(record['regionsBasis'], entry.id).toEqual(marked(entry.data.regions).map((ref) => ref.basis));
      }
    expect(records('agreements').some((record) => (record['regionsByEditors'] as string[]).length > 0)).toBe(true);
  });

  it('names a venue, a signed document, a person\'s region and a city\'s oblast the editors give', () => {
    for (const contact of content.contacts) {
      const record = records('chronology').find((candidate) => candidate.id === contact.id)!;
      expect(record['venueBasis'], contact.id).toBe(contact.data.venue.basis ?? null);
      expect(record['signedByEditors'], contact.id).toEqual(marked(contact.data.signed).map((ref) => ref.id));
    }
    for (const person of content.people) expect(records('people').find((record) => record.id === person.id)!['regionBasis']).toBe(person.data.region?.basis ?? null);
    for (const region of content.regions) {
      const record = records('regions').find((candidate) => candidate.id === region.id)!;
      expect(record['parentBasis'], region.id).toBe(region.data.parent?.basis ?? null);
      expect(record['basis'], region.id).toBe(region.data.basis ?? null);
    }
  });
});

describe('rss.xml', () => {
  const xml = read('rss.xml');
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: { channel: { item: { link: string; pubDate?: string; category: string }[] } };
  };
  const items = feed.rss.channel.item;

  it('is well-formed RSS with every document and contact (up to the latest FEED_ITEMS)', () => {
    expect(xmlErrors(xml)).toEqual([]);
    expect(content.agreements.length + content.contacts.length).toBeLessThanOrEqual(FEED_ITEMS);
    expect(items).toHaveLength(content.agreements.length + content.contacts.length);
    expect(items.filter((item) => item.category === 'Контакт')).toHaveLength(content.contacts.length);
    for (const item of items) expect(pageOf(item.link), item.link).toMatch(/index\.html$/);
  });

  it('lists newest first, starting with the latest contact', () => {
    const dated = items.filter((item) => item.pubDate).map((item) => Date.parse(item.pubDate!));
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    const latest = content.contacts.reduce((a, b) => (a.data.start > b.data.start ? a : b));
    expect(items[0]!.link).toBe(address(`chronology/${latest.id}/`));
  });

  it('dates a document only by a one-day contact the source says it was signed at, never by a day of a longer visit', () => {
    const oneDay = new Map(
      content.contacts
        .filter((contact) => (contact.data.end ?? contact.data.start) === contact.data.start)
        .flatMap((contact) => contact.data.signed.filter((ref) => ref.basis === undefined).map((ref) => [ref.id, contact.data.start])),
    );
    const signedAtLongerVisits = content.contacts.filter((contact) => contact.data.end && contact.data.end !== contact.data.start).flatMap((contact) => contact.data.signed);
    expect(signedAtLongerVisits.length).toBeGreaterThan(0);
    for (const doc of content.agreements) {
      const item = items.find((candidate) => candidate.link === address(`agreements/${doc.id}/`))!;
      const day = oneDay.get(doc.id);
      expect(item.pubDate, doc.id).toBe(day ? new Date(`${day}T00:00:00Z`).toUTCString() : undefined);
    }
  });

  it('names its own address and is dated by the latest day of the briefing, not by the build', () => {
    expect(xml).toContain(`<atom:link href="${address('rss.xml').replace(/\/$/, '')}" rel="self" type="application/rss+xml"/>`);
    const { latestDay: latest } = JSON.parse(read('data/chronology.json')) as { latestDay: string };
    expect(latest >= content.contacts.map((contact) => contact.data.end ?? contact.data.start).sort().at(-1)!).toBe(true);
    expect(xml).toContain(`<lastBuildDate>${new Date(`${latest}T00:00:00Z`).toUTCString()}</lastBuildDate>`);
  });

  it('is advertised in the head of the pages', () => {
    for (const page of ['', 'agreements/', 'data/'])
      expect(read(page)).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${href('rss.xml')}"`));
  });
});

describe('the «Открытые данные» page', () => {
  const html = read('data/');

  it('links every file and describes every field of every dataset', () => {
    for (const name of Object.keys(datasets)) {
      for (const file of [`${name}.json`, `${name}.csv`, `${name}.schema.json`]) expect(html.includes(`href="${href(`data/${file}`)}"`), file).toBe(true);
      const [record] = (JSON.parse(read(`data/${name}.json`)) as { records: DataRecord[] }).records;
      for (const field of Object.keys(record!)) expect(new RegExp(`<code[^>]*>${field}</code>`).test(html), `${name}.${field}`).toBe(true);
    }
    expect(html.includes(`href="${href('data/chronology.ics')}"`)).toBe(true);
    expect(html.includes(`href="${href('data/spravochnik.xlsx')}"`)).toBe(true);
    expect(html.indexOf(`href="${href('data/spravochnik.xlsx')}"`), 'книга — первой').toBeLessThan(html.indexOf(`href="${href('data/agreements.json')}"`));
  });
});
