/**
 * A mistake an editor makes in one file of the real content is refused with the file, the field and
 * what was expected. Each case breaks one file of a temporary copy of content/ and reads it with the
 * loader the build, `npm run check` and `npm run new` share (files, schemas, cross-entry rules); that
 * the build itself stops on such problems is shown on a small content folder in
 * tests/build/fixture-site.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    'chronology/2021/2021-07-01-viii-forum-regionov.md', 'vneue', /Нераспознанный ключ/],
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
