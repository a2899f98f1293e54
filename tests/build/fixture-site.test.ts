/**
 * The build itself on a small content folder (tests/fixtures/site/): at the root and without SITE_URL
 * it writes no origin it was not given and no date the briefing does not give, and every link resolves;
 * a broken file stops it, naming the file, the field and what was expected. (Every kind of mistake is
 * refused, by the loader the build uses, in tests/unit/bad-content.test.ts and the schema fixtures.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../helpers/built';

const FIXTURE = 'tests/fixtures/site';
const work = mkdtempSync(join(tmpdir(), 'fixture-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the fixture, changed by `change`, at the root and without an origin. */
function build(name: string, change: (content: string) => void = () => {}) {
  const content = join(work, name, 'content');
  const dist = join(work, name, 'dist');
  cpSync(FIXTURE, content, { recursive: true });
  change(content);
  const result = spawnSync('astro', ['build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content, SITE_URL: undefined, BASE_PATH: undefined, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}

const edit = (path: string, from: RegExp, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text, `${path} has no ${from}`).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

describe('a build without SITE_URL', () => {
  const { status, output, dist } = build('valid');
  const files = globSync('**/*', { cwd: dist, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(pf_\w+|pagefind|wasm|svg)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const pages = globSync('**/*.html', { cwd: dist }).sort();
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');

  it('succeeds, with a page for every entry of the fixture', () => {
    expect(status, output).toBe(0);
    expect(pages).toContain('agreements/pobratimstvo-brest-2025/index.html');
    expect(pages).toContain('chronology/2025-04-02-vstrecha-s-poslom/index.html');
  });

  it('names no localhost', () => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('writes no canonical address, og:url, sitemap or feed', () => {
    for (const page of pages) expect(read(page), page).not.toMatch(/rel="canonical"|property="og:url"|rel="sitemap"|application\/rss\+xml/);
    expect(globSync('{sitemap*.xml,rss.xml}', { cwd: dist })).toEqual([]);
    expect(read('robots.txt')).not.toMatch(/Sitemap/);
  });

  it('gives paths, not invented addresses, in the data files and the printed footer', () => {
    const data = JSON.parse(read('data/agreements.json'));
    expect(data.url).toBe('/data/');
    expect(data.records.map((record: { url: string }) => record.url)).toEqual(['/agreements/pobratimstvo-brest-2025/']);
    expect(read('agreements/index.html')).toMatch(/Адрес страницы: \/agreements\//);
  });

  it('never presents a computed date as the briefing\'s own', () => {
    for (const page of pages) {
      expect(read(page), page).not.toContain('по состоянию на');
      expect(read(page), page).toMatch(/Дата\sсправки\sне\sуказана;\sпоследнее\sсобытие\sв\sней\s—\s2\sапреля\s2025/);
    }
    const data = JSON.parse(read('data/chronology.json'));
    expect(data.editionDate).toBeNull();
    expect(data.latestDay).toBe('2025-04-02');
  });

  it.each(pages)('%s: every internal link and fragment resolves at the root', (page) => {
    expect(brokenLinks(page, dist, '/')).toEqual([]);
  });
});

const contact = 'chronology/2025/2025-04-02-vstrecha-s-poslom.md';
/** The contact's file name in the 2024 folder, which the fixture does not have. */
const in2024 = (content: string) => {
  mkdirSync(join(content, 'chronology/2024'));
  return join(content, 'chronology/2024/2025-04-02-vstrecha-s-poslom.md');
};
const failures: [string, (content: string) => void, string, RegExp][] = [
  ['a value the schema refuses', (c) => edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^kind: .*$/m, 'kind: "план"'),
    'agreements/pobratimstvo-brest-2025.md', /kind[\s\S]*ожидалось одно из "соглашение"/],
  ['a reference to a person who does not exist', (c) => edit(join(c, contact), /person: "babushkin"/, 'person: "nobody"'),
    contact, /поле «people\[0\]\.person»: .*«nobody» не найден/],
  ['two files with one name', (c) => cpSync(join(c, contact), in2024(c)),
    'chronology/2024/2025-04-02-vstrecha-s-poslom.md', /поле «id \(имя файла\)»: ожидается уникальное имя файла/],
  ['broken YAML', (c) => writeFileSync(join(c, 'regions/brest.yaml'), 'name: [г. Брест\nlevel: город\n'),
    'regions/brest.yaml:2:1', /ошибка YAML/],
  ['a contact in the wrong year folder', (c) => renameSync(join(c, contact), in2024(c)),
    'chronology/2024/2025-04-02-vstrecha-s-poslom.md', /поле «start»: ожидается дата 2024 года/],
];

describe('a broken content file stops the build', () => {
  it.each(failures)('%s', (name, change, file, expected) => {
    const { status, output } = build(name.replace(/\W+/g, '-'), change);
    expect(status, output).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(expected);
  });
});
