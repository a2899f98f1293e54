/**
 * A mistake an editor makes in one file of the real content is refused with the file, the field and
 * what was expected. Each case breaks one file of a temporary copy of content/ and reads it with the
 * loader the build, `npm run check` and `npm run new` share (files, schemas, cross-entry rules); that
 * the build itself stops on such problems is shown on a small content folder in
 * tests/build/fixture-site.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/load';

const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Reads a copy of the content after `breakIt` has changed it; returns what the loader reports. */
function loadBroken(name: string, breakIt: (content: string) => void): string {
  const content = join(work, name);
  cpSync('content', content, { recursive: true });
  breakIt(content);
  try {
    return loadContent(content).problems.map(formatProblem).join('\n');
  } catch (error) {
    return (error as Error).message;
  }
}

const edit = (path: string, from: RegExp, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text, `${path} has no ${from}`).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

const cases: [string, (content: string) => void, string, string, RegExp][] = [
  ['an unknown kind of document', (c) => edit(join(c, 'agreements/plan-2025-2027.md'), /^kind: .*$/m, 'kind: "план"'),
    'agreements/plan-2025-2027.md', 'kind', /ожидалось одно из "соглашение"/],
  ['a contact without a title', (c) => edit(join(c, 'chronology/2022/2022-03-23-vizit-lyakhnovicha.md'), /^title: .*\n/m, ''),
    'chronology/2022/2022-03-23-vizit-lyakhnovicha.md', 'title', /ожидается текст/],
  ['a plan without its period', (c) => edit(join(c, 'agreements/plan-mogilev-2023-2025.md'), /^period:\n(  .*\n)+/m, ''),
    'agreements/plan-mogilev-2023-2025.md', 'period', /ожидается период/],
  ['a reference to a document that does not exist', (c) => edit(join(c, 'chronology/2019/2019-07-15-vstrecha-grakun.md'), /^signed: .*$/m, 'signed: ["soglashenie-1812"]'),
    'chronology/2019/2019-07-15-vstrecha-grakun.md', 'signed[0]', /«soglashenie-1812» не найден/],
  ['a contact in the wrong year folder', (c) => renameSync(join(c, 'chronology/2024/2024-01-31-vizit-golovchenko.md'), join(c, 'chronology/2025/2024-01-31-vizit-golovchenko.md')),
    'chronology/2025/2024-01-31-vizit-golovchenko.md', 'start', /ожидается дата 2025 года/],
  ['two files with one name', (c) => cpSync(join(c, 'chronology/2024/2024-01-31-vizit-golovchenko.md'), join(c, 'chronology/2025/2024-01-31-vizit-golovchenko.md')),
    'chronology/2025/2024-01-31-vizit-golovchenko.md', 'id (имя файла)', /ожидается уникальное имя файла/],
  ['a replaced document that does not name its successor', (c) => edit(join(c, 'agreements/pravitelstva-2021.md'), /^replaces: .*\n/m, ''),
    'agreements/pravitelstva-2021.md', 'replaces', /ожидается «pravitelstva-1999»/],
  // The catalogue of further mistakes an editor makes, one file each.
  ['an unknown region', (c) => edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^regions:\n(  - .*\n)+/m, 'regions:\n  - pinsk\n'),
    'agreements/pobratimstvo-brest-2025.md', 'regions[0]', /«pinsk» не найден/],
  ['a contact that ends before it starts', (c) => edit(join(c, 'chronology/2022/2022-10-26-vizit-golovchenko.md'), /^end: .*$/m, 'end: "2022-10-20"'),
    'chronology/2022/2022-10-26-vizit-golovchenko.md', 'end', /не раньше даты начала/],
  ['two people with one name', (c) => edit(join(c, 'people/turchin.yaml'), /^name: .*$/m, 'name: Головченко Р.А.'),
    'people/turchin.yaml', 'name', /ожидается уникальное значение/],
  ['an unknown venue', (c) => edit(join(c, 'chronology/2021/2021-07-01-viii-forum-regionov.md'), /^venue: .*$/m, 'venue: "онлайн"'),
    'chronology/2021/2021-07-01-viii-forum-regionov.md', 'venue', /ожидалось одно из/],
  ['a year before 1990', (c) => edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^year: .*$/m, 'year: 1985'),
    'agreements/pobratimstvo-brest-2025.md', 'year', /не раньше 1990/],
  ['a year in the future', (c) => edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^year: .*$/m, 'year: 2999'),
    'agreements/pobratimstvo-brest-2025.md', 'year', /не позже текущего/],
  ['an empty title', (c) => edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^title: .*$/m, 'title: ""'),
    'agreements/pobratimstvo-brest-2025.md', 'title', /непустой текст/],
  ['a person referred to but missing', (c) => rmSync(join(c, 'people/turchin.yaml')),
    'chronology/2025/2025-05-02-vizit-v-minsk.md', 'people[3].person', /«turchin» не найден/],
  ['a sector referred to but missing', (c) => edit(join(c, 'chronology/2023/2023-08-03-igry-sng.md'), /^sectors:\n(  - .*\n)+/m, 'sectors:\n  - "hokkey"\n'),
    'chronology/2023/2023-08-03-igry-sng.md', 'sectors[0]', /«hokkey» не найден/],
  ['a city without its oblast', (c) => edit(join(c, 'regions/gomel.yaml'), /^parent: .*\n/m, ''),
    'regions/gomel.yaml', 'parent', /вышестоящую единицу/],
  ['an unknown kind of contact', (c) => edit(join(c, 'chronology/2021/2021-07-01-viii-forum-regionov.md'), /^kinds:\n(  - .*\n)+/m, 'kinds:\n  - "саммит"\n'),
    'chronology/2021/2021-07-01-viii-forum-regionov.md', 'kinds.0', /ожидалось одно из/],
  ['a figure with a malformed «as of»', (c) => edit(join(c, 'sectors/obrazovanie.md'), /asOf: "2024\/2025"/, 'asOf: "2024-25"'),
    'sectors/obrazovanie.md', 'items.5.figures.0.asOf', /учебный год/],
  ['an item dated outside its years', (c) => edit(join(c, 'sectors/kultura.md'), /date: "2024-12-14"/, 'date: "2023-12-14"'),
    'sectors/kultura.md', 'years', /содержит год даты 2023-12-14/],
  ['a plan whose period ends before it starts', (c) => edit(join(c, 'agreements/plan-mogilev-2023-2025.md'), /^  to: 2025$/m, '  to: 2022'),
    'agreements/plan-mogilev-2023-2025.md', 'period.to', /не раньше года начала/],
  ['implements on an agreement that is not a plan', (c) => edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^year: .*$/m, 'year: 2025\nimplements: pravitelstva-2021'),
    'agreements/pobratimstvo-brest-2025.md', 'implements', /только у плана мероприятий/],
  ['two documents at one place in the legal base', (c) => edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^legalBase: .*$/m, 'legalBase: 1'),
    'agreements/pobratimstvo-brest-2025.md', 'legalBase', /уже есть в/],
  ['a document signed at a contact of another year', (c) => edit(join(c, 'agreements/pobratimstvo-mogilev-2023.md'), /^year: .*$/m, 'year: 2022'),
    'agreements/pobratimstvo-mogilev-2023.md', 'year', /ожидается 2023/],
  ['a misspelt field name', (c) => edit(join(c, 'chronology/2021/2021-07-01-viii-forum-regionov.md'), /^venue: /m, 'vneue: '),
    'chronology/2021/2021-07-01-viii-forum-regionov.md', 'vneue', /неизвестное поле «vneue» \(может быть, «venue»\?\)/],
  ['«End:» for «end:», which would publish a three-day contact as one day', (c) => edit(join(c, 'chronology/2022/2022-06-30-ix-forum-regionov.md'), /^end: /m, 'End: '),
    'chronology/2022/2022-06-30-ix-forum-regionov.md', 'End', /неизвестное поле «End» \(может быть, «end»\?\)/],
  ['a person of an unknown country', (c) => edit(join(c, 'people/turchin.yaml'), /^country: .*$/m, 'country: Беларусь'),
    'people/turchin.yaml', 'country', /ожидалось одно из/],
];

describe('a malformed content file is refused', () => {
  it('unless nothing is broken', () => expect(loadBroken('intact', () => {})).toBe(''));

  it.each(cases.map((testCase, index) => [...testCase, index] as const))('%s', (_name, breakIt, file, field, expected, index) => {
    const output = loadBroken(`case-${index}`, breakIt);
    expect(output).toContain(file);
    expect(output).toMatch(new RegExp(`(«|\\b|\\n\\s*)${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(»|:)`));
    expect(output).toMatch(expected);
  });

  it('a YAML syntax error names the file, the line and the column', () => {
    expect(loadBroken('yaml', (c) => writeFileSync(join(c, 'regions/gomel.yaml'), 'name: [г. Гомель\nlevel: город\n'))).toMatch(/regions\/gomel\.yaml:2:1: ошибка YAML/);
  });

  it('every file that cannot be read is named, and the reading goes on', () => {
    const output = loadBroken('several', (c) => {
      writeFileSync(join(c, 'regions/gomel.yaml'), 'name: [г. Гомель\n');
      writeFileSync(join(c, 'agreements/plan-2025-2027.md'), 'Текст без заголовка.\n');
      edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^kind: .*$/m, 'kind: "план"');
    });
    expect(output).toMatch(/regions\/gomel\.yaml:\d+:\d+: ошибка YAML/);
    expect(output).toMatch(/agreements\/plan-2025-2027\.md: ожидается YAML-заголовок/);
    expect(output).toMatch(/agreements\/pobratimstvo-brest-2025\.md: поле «kind»/);
  });

  it('a YAML error in a Markdown header is counted in lines of the whole file', () => {
    const output = loadBroken('yaml-md', (c) => edit(join(c, 'agreements/plan-2025-2027.md'), /^kind: .*$/m, 'kind: [план'));
    const line = readFileSync('content/agreements/plan-2025-2027.md', 'utf8').split('\n').findIndex((text) => text.startsWith('kind:')) + 1;
    expect(output).toMatch(new RegExp(`agreements/plan-2025-2027\\.md:(${line}|${line + 1}):\\d+: ошибка YAML`));
  });
});

/** Hostile and careless input that once passed silently: each is refused, naming the file (and the field). */
const contact = 'chronology/2019/2019-07-15-vstrecha-grakun.md';
const doc = 'agreements/pobratimstvo-brest-2025.md';
/** Replaces the contact's title with `title` (raw characters, written as they are). */
const titled = (title: string) => (c: string) => edit(join(c, contact), /^title: .*$/m, `title: "${title}"`);
const bodied = (body: string) => (c: string) => writeFileSync(join(c, contact), readFileSync(join(c, contact), 'utf8').replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`));
const placed = (name: string, from = contact) => (c: string) => {
  mkdirSync(join(c, name, '..'), { recursive: true });
  cpSync(join(c, from), join(c, name));
};
const STRAY = /файл не относится ни к одному разделу содержимого/;

const hostile: [string, (content: string) => void, string, string | undefined, RegExp][] = [
  ['U+0001 in a title', titled('Встреча\\x01'), contact, 'title', /без управляющих символов, а в нём U\+0001/],
  ['an ESC sequence in a title', titled('Встреча \\e[31mкрасным'), contact, 'title', /без управляющих символов, а в нём U\+001B/],
  ['NUL in a text', bodied('15–17 июля 2019 г.\u0000 встреча.'), contact, 'текст', /без управляющих символов, а в нём U\+0000/],
  ['U+0001 written raw in a title', titled('Встреча\x01'), contact, undefined, /ошибка YAML/],
  ['the noncharacter U+FFFE in a title', titled('Встреча\uFFFE'), contact, 'title', /без несимволов Юникода, а в нём U\+FFFE/],
  ['a bidi override (U+202E) in a title', titled('Встреча \u202Eяанбереп'), contact, 'title', /без знаков направления письма, а в нём U\+202E/],
  ['a bidi isolate (U+2067) in a role', (c) => edit(join(c, contact), /role: "/, 'role: "\u2067'), contact, 'people.0.role', /знаков направления письма/],
  ['a line break inside a title', (c) => edit(join(c, doc), /^title: .*$/m, 'title: "Меморандум\\nо побратимстве"'), doc, 'title', /одна строка/],
  ['invalid UTF-8 (a stray byte)', (c) => writeFileSync(join(c, contact), Buffer.concat([readFileSync(join(c, contact)), Buffer.from([0xff, 0x0a])])), contact, undefined, new RegExp(`ожидается файл в кодировке UTF-8, а в строке ${readFileSync(join('content', contact), 'utf8').split('\n').length} байт 0xFF — не UTF-8`)],
  ['a whole file in Windows-1251', (c) => writeFileSync(join(c, doc), new Uint8Array([...readFileSync(join(c, doc), 'utf8')].map((char) => (char >= 'А' && char <= 'я' ? char.charCodeAt(0) - 0x350 : char === 'ё' ? 0xb8 : char === 'Ё' ? 0xa8 : char === '«' ? 0xab : char === '»' ? 0xbb : char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : 0x3f)))),
    doc, undefined, /в кодировке UTF-8, а он, похоже, в Windows-1251/],
  ['a 100 KB title', titled('Встреча '.repeat(12_500)), contact, 'title', /не длиннее 500 знаков/],
  ['a 5 MB text', bodied('встреча '.repeat(655_360)), contact, 'текст', /не длиннее 20\u00a0000 знаков/],
  ['an unbroken word of 100 KB', bodied(`встреча ${'ж'.repeat(100_000)}`), contact, 'текст', /не длиннее 20\u00a0000 знаков/],
  ['an unbroken word of 81 letters', titled(`Встреча ${'ж'.repeat(81)}`), contact, 'title', /без слов длиннее 80 знаков/],
  ['a contact outside a year folder', placed('chronology/x.md'), 'chronology/x.md', undefined, STRAY],
  ['a contact in a sub-folder of a year', placed('chronology/2024/sub/x.md'), 'chronology/2024/sub/x.md', undefined, STRAY],
  ['a region as .yml', placed('regions/x.yml', 'regions/gomel.yaml'), 'regions/x.yml', undefined, STRAY],
  ['a document as .MD', placed('agreements/x.MD', doc), 'agreements/x.MD', undefined, STRAY],
  ['a document as .markdown', placed('agreements/x.markdown', doc), 'agreements/x.markdown', undefined, STRAY],
  ['a file name in Cyrillic with a space', (c) => renameSync(join(c, doc), join(c, 'agreements/Тест Документ.md')), 'agreements/Тест Документ.md', 'имя файла', /строчных латинских букв/],
  ['a file name in capitals', (c) => renameSync(join(c, doc), join(c, 'agreements/Pobratimstvo-2025.md')), 'agreements/Pobratimstvo-2025.md', 'имя файла', /строчных латинских букв/],
];

describe('hostile and careless input is refused, by name', () => {
  it.each(hostile.map((testCase, index) => [...testCase, index] as const))('%s', (_name, breakIt, file, field, expected, index) => {
    const output = loadBroken(`hostile-${index}`, breakIt);
    expect(output).toContain(file);
    if (field) expect(output).toContain(`поле «${field}»`);
    expect(output).toMatch(expected);
  });
});
