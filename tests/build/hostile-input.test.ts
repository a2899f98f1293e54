/**
 * Property test: arbitrary strings — every Unicode plane, controls, bidi controls, noncharacters, lone
 * surrogates, markup, formula signs, very long — go into every text field of each kind of entry. The
 * validator either refuses a value, naming its field, or the value is published: then every output of
 * the entry — its page, the JSON, CSV, RSS, iCalendar and sitemap files, its search record — parses
 * with a strict parser and holds no executable markup. The accepted values are built as one site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { UnreadableFile, entryOf, parseContentFile } from '../../src/content/files';
import { formatProblem, loadContent } from '../../src/content/load';
import { relate } from '../../src/content/relations';
import { readEditions } from '../../src/editions';
import { schemas } from '../../src/content/schemas';
import { LIMITS, textProblem } from '../../src/content/schemas/common';
import { searchRecords } from '../../src/search/records';
import { DIST } from '../helpers/built';
import { htmlProblems, xmlErrors } from '../helpers/strict';

const FIXTURE = 'tests/fixtures/site';
/** Generated values per field, each run; the seed changes every run and is printed when a case fails. */
const RUNS = 40;

const work = mkdtempSync(join(tmpdir(), 'hostile-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Characters that broke something somewhere, and the ordinary ones around them.
const hostile = fc.constantFrom(
  '\u0000', '\u0001', '\u001b', '\u0007', '\u007f', '\u0085', '\t', '\n', '\r', '\u2028', '\u2029',
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\u061c', '\ufeff', '\ufffe', '\uffff', '\ufdd0', '\ud800', '\udfff', '\ufffd',
  '<', '>', '&', '"', "'", '`', '=', '+', '-', '@', ';', ',', '\\', ']]>', '<!--', '-->', '</script>', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '&lt;', '&#0;', '{{', '}}', '${x}', '\u{1F600}', '\u{10FFFF}', '\u{E0001}',
  'ё', 'Й', 'й', 'ä', 'ß', 'ﬁ', 'ا', 'א', '中', ' ', '  ', 'а', 'Минск',
);
const hostileText = fc.array(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 480, maxLength: 520 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[а-я]{60,120}$/) },
);
const longText = fc.oneof(anyText, fc.string({ unit: 'grapheme-ascii', minLength: LIMITS.text - 10, maxLength: LIMITS.text + 10 }));

type Collection = 'agreements' | 'contacts' | 'people' | 'regions' | 'sectors';
interface Field {
  collection: Collection;
  /** The field's path in the error, as the loader names it. */
  path: string;
  generator: fc.Arbitrary<string>;
  /** The entry (its data and text) holding the value, numbered so that titles and names stay unique. */
  entry: (value: string, n: number) => { data: Record<string, unknown>; body?: string };
}

// Each entry states what it holds in its text, as the rule of the editors' marks asks (src/content/stated.ts);
// what a text cannot state is given with a basis. The fuzzed value is added to that text, never in its place.
const CONTACT_TEXT = '2 апреля 2025 г., встреча с представителями Беларуси (г. Москва).';
const AGREEMENT_TEXT = 'Подписано соглашение с г. Брест (2025 г.).';
const contact = (n: number, patch: Record<string, unknown> = {}) => ({
  title: `Встреча ${n}`, start: '2025-04-02', kinds: ['встреча'], venue: 'другое место', place: 'г. Москва', regions: ['belarus'],
  people: [{ person: 'babushkin', role: 'Губернатор Астраханской области' }], signed: [], related: [], sectors: [], ...patch,
});
const sides = (russia: string) => ({ russia: [{ value: russia, basis: 'проба' }], belarus: [{ value: 'Сторона', basis: 'проба' }] });
const agreement = (n: number, patch: Record<string, unknown> = {}) => ({
  title: `Соглашение ${n}`, kind: 'соглашение', track: 'организаций', parties: sides('Сторона'),
  regions: ['brest'], year: 2025, status: 'подписано', ...patch,
});
const item = (patch: Record<string, unknown>) => ({ text: 'Пункт о Беларуси (2025 г.).', years: [2025], regions: ['belarus'], ...patch });

const FIELDS: Field[] = [
  { collection: 'contacts', path: 'title', generator: anyText, entry: (value, n) => ({ data: contact(n, { title: `${value} ${n}` }), body: CONTACT_TEXT }) },
  { collection: 'contacts', path: 'place', generator: anyText, entry: (value, n) => ({ data: contact(n, { place: value, venue: { value: 'другое место', basis: 'проба' } }), body: CONTACT_TEXT }) },
  { collection: 'contacts', path: 'people.0.role', generator: anyText, entry: (value, n) => ({ data: contact(n, { people: [{ person: 'babushkin', role: value }] }), body: CONTACT_TEXT }) },
  { collection: 'contacts', path: 'regions.0.basis', generator: anyText, entry: (value, n) => ({ data: contact(n, { regions: [{ value: 'belarus', basis: value }] }), body: CONTACT_TEXT }) },
  { collection: 'contacts', path: 'текст', generator: longText, entry: (value, n) => ({ data: contact(n), body: `${CONTACT_TEXT} ${value}` }) },
  { collection: 'agreements', path: 'title', generator: anyText, entry: (value, n) => ({ data: agreement(n, { title: `${value} ${n}` }), body: AGREEMENT_TEXT }) },
  { collection: 'agreements', path: 'parties.russia.0.value', generator: anyText, entry: (value, n) => ({ data: agreement(n, { parties: sides(value) }), body: AGREEMENT_TEXT }) },
  { collection: 'agreements', path: 'текст', generator: longText, entry: (value, n) => ({ data: agreement(n), body: `${AGREEMENT_TEXT} ${value}` }) },
  { collection: 'people', path: 'name', generator: anyText, entry: (value, n) => ({ data: { name: `${value} ${n}`, surname: 'Фамилия', country: 'Российская Федерация' } }) },
  { collection: 'regions', path: 'name', generator: anyText, entry: (value, n) => ({ data: { name: `${value} ${n}`, level: 'город', parent: { value: 'brestskaya-oblast', basis: 'проба' }, basis: 'проба' } }) },
  { collection: 'sectors', path: 'items.0.text', generator: longText, entry: (value) => ({ data: { items: [item({ text: value, years: [], regions: [{ value: 'belarus', basis: 'проба' }] })] } }) },
  { collection: 'sectors', path: 'items.0.figures.0.label', generator: anyText, entry: (value) => ({ data: { items: [item({ figures: [{ value: 1, label: value }] })] } }) },
];

const FOLDERS: Record<Collection, string> = { agreements: 'agreements', contacts: 'chronology/2025', people: 'people', regions: 'regions', sectors: 'sectors' };

/** The entry as its file: YAML (quoted, so that any string is representable) or Markdown with the text after the header. */
function fileOf(collection: Collection, { data, body }: { data: Record<string, unknown>; body?: string }): { name: string; source: string } {
  const yaml = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 });
  return collection === 'people' || collection === 'regions' ? { name: '.yaml', source: yaml } : { name: '.md', source: `---\n${yaml}---\n\n${body ?? ''}\n` };
}

/** The loader's verdict on one entry: its file read as the build reads it, then its schema. */
function verdict(collection: Collection, file: { name: string; source: string }): string[] {
  // As written to disk and read back: a lone surrogate becomes U+FFFD.
  const source = Buffer.from(file.source, 'utf8').toString('utf8');
  const name = collection === 'sectors' ? 'sport.md' : `fuzz${file.name}`;
  try {
    const { data } = entryOf(collection, name, source);
    const result = schemas[collection].safeParse(collection === 'sectors' ? { title: 'Спорт', heading: 'В сфере спорта', order: 1, ...(data as object) } : data);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return [error.problem.field ?? 'файл'];
  }
}

const accepted: { field: Field; value: string; n: number }[] = [];
let cases = 0;
const started = Date.now();

describe('an arbitrary string in a text field', () => {
  it.each(FIELDS.map((field) => [`${field.collection}: ${field.path}`, field] as const))('%s is refused by name or accepted', (_name, field) => {
    fc.assert(
      fc.property(field.generator, (value) => {
        cases++;
        const n = cases;
        const problems = verdict(field.collection, fileOf(field.collection, field.entry(value, n)));
        const textOf = field.path === 'текст';
        if (problems.length === 0) accepted.push({ field, value, n });
        else expect(problems.some((path) => path === field.path || (textOf && path === 'текст')), `${JSON.stringify(value).slice(0, 80)}: ${problems.join(', ')}`).toBe(true);
        // A value the text rules refuse is never accepted.
        if (textProblem(value.trim(), { multiline: textOf || field.path.endsWith('.text'), max: textOf || field.path.endsWith('.text') ? LIMITS.text : LIMITS.line }) && value.trim())
          expect(problems.length, JSON.stringify(value).slice(0, 80)).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('every accepted value, built as one site', () => {
  // The site's own inline scripts (the print button, the briefing's chooser), as the real build has them.
  const siteScripts = new Set(
    globSync('**/*.html', { cwd: DIST }).flatMap((file) => [...readFileSync(join(DIST, file), 'utf8').matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]!)),
  );

  it('builds, and each output parses strictly and holds no executable markup', () => {
    expect(accepted.length, 'ни одного принятого значения: генератор слишком злой').toBeGreaterThan(FIELDS.length);
    const content = join(work, 'content');
    const dist = join(work, 'dist');
    cpSync(FIXTURE, content, { recursive: true });
    const sector = parseContentFile(readFileSync(join(content, 'sectors/sport.md'), 'utf8'), 'sport.md').data as { items: unknown[] };
    // Every text an entry quotes is a statement of the briefing's edition, as an imported edition
    // would bring it: a sector's items under its heading, the rest at the end.
    const stated = { sector: [] as string[], other: [] as string[] };
    const statement = (text: string) => `· ${text.replace(/\s+/g, ' ').trim()}`;
    for (const { field, value, n } of accepted) {
      const entry = field.entry(value, n);
      if (field.collection === 'sectors') {
        const items = entry.data['items'] as { text: string; subitems?: { text: string }[] }[];
        sector.items.push(...items);
        stated.sector.push(...items.flatMap((item) => [item.text, ...(item.subitems ?? []).map((sub) => sub.text)]).map(statement));
      } else {
        const file = fileOf(field.collection, entry);
        mkdirSync(join(content, FOLDERS[field.collection]), { recursive: true });
        writeFileSync(join(content, FOLDERS[field.collection], `fuzz-${n}${file.name}`), file.source);
        if (file.name === '.md') stated.other.push(statement(parseContentFile(file.source, file.name).body));
      }
    }
    writeFileSync(join(content, 'sectors/sport.md'), fileOf('sectors', { data: sector, body: '' }).source);
    const edition = join(content, 'editions/1.txt');
    writeFileSync(edition, `${readFileSync(edition, 'utf8').replace(/^ХРОНОЛОГИЯ/m, `${stated.sector.join('\n')}\n\nХРОНОЛОГИЯ`).trimEnd()}\n${stated.other.join('\n')}\n`);

    const { problems, content: loaded } = loadContent(content);
    expect(problems.map(formatProblem)).toEqual([]);
    const build = spawnSync('tsx', ['scripts/build.ts', '--outDir', dist], {
      env: { ...process.env, CONTENT_DIR: content, SITE_URL: 'https://example.org', BASE_PATH: undefined, FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(build.status, build.stderr).toBe(0);

    const allowed = (attrs: Record<string, string>, text: string) =>
      (attrs['type'] === 'application/ld+json' && typeof JSON.parse(text) === 'object') || (attrs['type'] === 'module' && (attrs['src']?.startsWith('/_astro/') || siteScripts.has(text)));
    for (const file of globSync('**/*.html', { cwd: dist })) expect(htmlProblems(readFileSync(join(dist, file), 'utf8'), allowed), file).toEqual([]);
    for (const name of ['agreements', 'chronology', 'people', 'regions']) {
      const json = JSON.parse(readFileSync(join(dist, `data/${name}.json`), 'utf8')) as { count: number };
      const rows = parseCsv(readFileSync(join(dist, `data/${name}.csv`), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.length, name).toBe(json.count);
      for (const row of rows) for (const cell of Object.values(row)) expect(cell, `${name}.csv`).not.toMatch(/^[=+\-@\t\r]/);
    }
    for (const file of ['rss.xml', 'sitemap-0.xml', 'sitemap-index.xml']) expect(xmlErrors(readFileSync(join(dist, file), 'utf8')), file).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dist, 'data/chronology.ics'), 'utf8')));
    expect(calendar.getAllSubcomponents('vevent').length).toBe(loaded.contacts.length);
    const records = searchRecords(relate(loaded, readEditions(content).editions));
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
    console.log(`Случаев: ${cases} (${RUNS} на поле, ${FIELDS.length} полей), принято и собрано: ${accepted.length}; ${((Date.now() - started) / 1000).toFixed(1)} с`);
  });
});
