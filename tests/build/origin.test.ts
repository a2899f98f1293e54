/**
 * No invented origin, no invented date: a build without SITE_URL (dist/) writes no address with an
 * origin it was not given, and no page presents a computed date as the briefing's own.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const files = globSync('**/*', { cwd: 'dist', withFileTypes: true })
  .filter((entry) => entry.isFile() && !/\.(pf_\w+|pagefind|wasm|svg)$/.test(entry.name))
  .map((entry) => `${entry.parentPath}/${entry.name}`);
const html = globSync('**/*.html', { cwd: 'dist' }).map((file) => `dist/${file}`);
const read = (file: string) => readFileSync(file, 'utf8');

describe('a build without SITE_URL', () => {
  it('has files to check', () => expect(html.length).toBeGreaterThan(100));

  it.each(files)('%s names no localhost', (file) => {
    expect(read(file)).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('writes no canonical address, og:url or sitemap', () => {
    for (const file of html) {
      const page = read(file);
      expect(page, file).not.toMatch(/rel="canonical"|property="og:url"|rel="sitemap"/);
    }
    expect(globSync('sitemap*.xml', { cwd: 'dist' })).toEqual([]);
    expect(read('dist/robots.txt')).not.toMatch(/Sitemap/);
  });

  it('gives paths, not invented addresses, in the data files and the printed footer', () => {
    const data = JSON.parse(read('dist/data/agreements.json'));
    expect(data.url).toBe('/data/');
    for (const record of data.records) expect(record.url).toMatch(/^\/agreements\/[a-z0-9-]+\/$/);
    expect(read('dist/agreements/index.html')).toMatch(/Адрес страницы: \/agreements\//);
  });
});

describe('the date', () => {
  it('is never presented as the briefing\'s own', () => {
    for (const file of html) {
      const page = read(file);
      expect(page, file).not.toContain('по состоянию на');
      expect(page, file).toMatch(/Дата\sсправки\sне\sуказана;\sпоследнее\sсобытие\sв\sней\s—/);
    }
    const data = JSON.parse(read('dist/data/chronology.json'));
    expect(data.editionDate).toBeNull();
    expect(data.latestDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
