/**
 * Lists at scale: the benchmark's generator writes 600 entries, the site is built with 20 rows a page
 * (PAGE_SIZE), and every list is walked page by page through its rel=next links as a reader would:
 * each record is on exactly one page of each list it belongs to, in the list's order; no page holds
 * more than 20 rows; every page says which rows it shows of how many, links the first and last pages,
 * and stays within its list (a year's, a region's); aggregate pages show the latest rows and link the
 * full list; every link to a sector's item finds it. Above 150 records (BRIEFING_LIMIT) the whole
 * briefing and a region's dossier are contents pages of parts that hold every record once. One file:
 * its build waits for no other.
 */
import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate';
import { dossierOf, dossierRegions, type Dossier } from '../../src/content/dossier';
import { loadContent } from '../../src/content/load';
import { relate, type Content } from '../../src/content/relations';
import { COUNTRIES } from '../../src/content/schemas/person';
import { readEditions } from '../../src/editions';
import { fileFor } from '../helpers/built';
import { FEED_ITEMS, feedItems } from '../../src/data/rss';

const SIZE = 20;
/** Records above which a dossier is in parts (BRIEFING_LIMIT): the whole briefing of 600 entries is, and the largest regions'. */
const LIMIT = 150;
const work = mkdtempSync(join(tmpdir(), 'pagination-'));
const dist = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

let content: Content;
beforeAll(() => {
  const folder = join(work, 'content');
  generateContent(folder, { size: 600, seed: 1 });
  content = relate(loadContent(folder).content, readEditions(folder).editions);
  const build = spawnSync('tsx', ['scripts/build.ts', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: folder, PAGE_SIZE: String(SIZE), BRIEFING_LIMIT: String(LIMIT), SITE_URL: undefined, BASE_PATH: undefined, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
}, 300_000);

const page = (path: string) => {
  const file = fileFor(path, dist, '/');
  expect(file, `нет страницы ${path}`).toBeDefined();
  return readFileSync(file!, 'utf8');
};
/** The page's main content without its navigation (breadcrumbs, the register's and the years' links, the pagination). */
const listOf = (html: string) => (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replace(/<nav[\s\S]*?<\/nav>/g, '');
/** The entries of a section a page's list links, in order: `/agreements/<id>/` → id. */
const linked = (html: string, section: string) =>
  [...listOf(html).matchAll(new RegExp(`href="/${section}/([a-z0-9-]+)/"`, 'g'))].map(([, id]) => id!).filter((id) => !/^(year|region|page|\d{4})$/.test(id));

/**
 * Walks a list from its first page through rel=next: every page's address, its rows (by `rows`), and
 * what its pagination says.
 */
function walk(base: string, rows: (html: string) => string[]) {
  const pages: { path: string; rows: string[]; html: string }[] = [];
  for (let path: string | undefined = base; path; ) {
    const html = page(path);
    pages.push({ path, rows: rows(html), html });
    path = /<link rel="next" href="([^"]+)"/.exec(html)?.[1];
    expect(pages.length, `${base}: rel=next по кругу`).toBeLessThan(1000);
  }
  return pages;
}

/** Checks a list against the rows it must hold, in order, each once. */
function expectList(base: string, expected: readonly string[], rows: (html: string) => string[]) {
  const pages = walk(base, rows);
  const count = Math.max(1, Math.ceil(expected.length / SIZE));
  expect(pages.length, `${base}: страниц`).toBe(count);
  expect(pages.flatMap((one) => one.rows), `${base}: строки по порядку`).toEqual(expected);
  pages.forEach(({ path, rows: on, html }, index) => {
    expect(on.length, path).toBeLessThanOrEqual(SIZE);
    // The list's filter stays in every address: its pages are under its first page's address.
    expect(path === base || path === `${base}page/${index + 1}/`, path).toBe(true);
    if (count === 1) return expect(html).not.toContain('class="pagination"');
    const [first, last] = [index * SIZE + 1, Math.min(expected.length, (index + 1) * SIZE)];
    expect(html.replace(/\u00a0/g, ' '), path).toContain(`${first}–${last} из ${expected.length.toLocaleString('ru-RU').replace(/\u00a0/g, ' ')}`);
    if (index > 0) expect(html, path).toContain(`href="${base}"`);
    if (index < count - 1) expect(html, path).toContain(`href="${base}page/${count}/"`);
    if (index > 0) expect(html, path).toContain(`<link rel="prev" href="${index === 1 ? base : `${base}page/${index}/`}"`);
    expect(html, path).toMatch(/<title>[^<]*<\/title>/);
    if (index > 0) expect(/<title>([^<]*)<\/title>/.exec(html)![1], path).toContain(`страница ${index + 1} из ${count}`);
  });
}

describe('lists of 600 entries at 20 rows a page', () => {
  it('the content is large enough for every kind of list to need pages', () => {
    expect(content.agreements.length).toBeGreaterThan(SIZE * 5);
    expect(content.contacts.length).toBeGreaterThan(SIZE * 5);
  });

  it('the register, each year\'s and each region\'s documents', () => {
    const ids = (list: readonly { id: string }[]) => list.map(({ id }) => id);
    expectList('/agreements/', ids(content.agreements), (html) => linked(html, 'agreements'));
    for (const year of content.agreementYears) expectList(`/agreements/year/${year}/`, ids(content.agreementsOfYear(year)), (html) => linked(html, 'agreements'));
    for (const region of content.registerRegions) expectList(`/agreements/region/${region.id}/`, ids(content.about(region.id).agreements), (html) => linked(html, 'agreements'));
  });

  it('the chronology, newest first, and each year\'s contacts', () => {
    const rows = [...content.chronologyYears].reverse().flatMap((year) => [...content.contactsIn(year)].reverse().map(({ id }) => id));
    expectList('/chronology/', rows, (html) => linked(html, 'chronology'));
    for (const year of content.chronologyYears) expectList(`/chronology/${year}/`, content.contactsIn(year).map(({ id }) => id), (html) => linked(html, 'chronology'));
  });

  it('the people, side by side', () => {
    expectList('/people/', COUNTRIES.flatMap((country) => content.peopleOf(country).map(({ id }) => id)), (html) => linked(html, 'people'));
  });

  it('the regions: each city and district once, under its oblast', () => {
    const oblasts = content.partsOf(content.republic.id);
    const cities = oblasts.flatMap((oblast) => content.partsOf(oblast.id).map(({ id }) => id));
    const isCity = new Set(cities);
    expectList('/regions/', cities, (html) => linked(html, 'regions').filter((id) => isCity.has(id)));
  });

  it('aggregate pages show the latest rows of a long list and link the full list, which holds it all', () => {
    let checked = 0;
    for (const region of content.regions) {
      const { agreements, contacts } = content.about(region.id);
      const html = page(`/regions/${region.id}/`);
      if (agreements.length > SIZE) {
        expect(html, region.id).toContain(`href="/regions/${region.id}/documents/"`);
        expectList(`/regions/${region.id}/documents/`, agreements.map(({ id }) => id), (list) => linked(list, 'agreements'));
        checked++;
      } else expect(html, region.id).not.toContain(`/regions/${region.id}/documents/`);
      if (contacts.length > SIZE) expectList(`/regions/${region.id}/contacts/`, [...contacts].reverse().map(({ id }) => id), (list) => linked(list, 'chronology'));
    }
    for (const sector of content.sectors) {
      const items = content.itemsOf(sector.id);
      const anchors = (html: string) => [...listOf(html).matchAll(/<li id="([a-z0-9-]+)" class="item"/g)].map(([, id]) => id!).filter((id) => !/-\d+-\d+$/.test(id));
      if (items.length > SIZE) {
        expect(anchors(page(`/sectors/${sector.id}/`)).length).toBe(10);
        expectList(`/sectors/${sector.id}/items/`, items.map(({ item }) => item.anchor), anchors);
        checked++;
      }
    }
    for (const person of content.people) {
      // A contact by its page, a sector's item by its anchor.
      const rows = content.appearancesOf(person.id).map(({ contact, item }) => contact?.id ?? item!.anchor);
      const appearances = (html: string) => [...listOf(html).matchAll(/href="(?:\/chronology\/([a-z0-9-]+)\/|[^"]*#([a-z0-9-]+))"/g)].map(([, id, anchor]) => id ?? anchor!);
      if (rows.length > SIZE) {
        expectList(`/people/${person.id}/appearances/`, rows, appearances);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('no page lists more than a page of rows, and every link to a sector\'s item finds it', () => {
    const pages = globSync('**/index.html', { cwd: dist });
    for (const path of pages) {
      const html = readFileSync(join(dist, path), 'utf8');
      const range = /(\d+)–(\d+) из [\d\u00a0 ]+</.exec(html);
      if (range) expect(Number(range[2]) - Number(range[1]) + 1, path).toBeLessThanOrEqual(SIZE);
      for (const [, target, anchor] of html.matchAll(/href="(\/sectors\/[^"#]+)#([^"]+)"/g)) expect(page(target!), `${path} → ${target}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  it('the feed carries the latest FEED_ITEMS documents and contacts, newest first', () => {
    const items = feedItems(content);
    expect(content.agreements.length + content.contacts.length).toBeGreaterThan(FEED_ITEMS);
    expect(items).toHaveLength(FEED_ITEMS);
    const latest = content.contacts.reduce((a, b) => (a.data.start > b.data.start ? a : b));
    expect(items[0]!.link).toBe(`/chronology/${latest.id}/`);
  });

  it('a dossier above the limit is a contents page of parts that hold each of its records once', () => {
    /** The records of a dossier, as its pages link them: documents and contacts by page, items by text. */
    const recordsOf = (dossier: Dossier) => [
      ...[...dossier.legalBase, ...dossier.otherAgreements].map(({ id }) => `/agreements/${id}/`),
      ...dossier.years.flatMap(({ contacts }) => contacts.map(({ id }) => `/chronology/${id}/`)),
      ...dossier.sectors.flatMap(({ items }) => items.map(({ item }) => item.anchor)),
    ];
    const linkedIn = (html: string) => [
      ...[...html.matchAll(/<li [^>]*data-kind="(?:agreement|contact)"[^>]*><a href="([^"]+)"/g)].map(([, path]) => path!),
      ...[...html.matchAll(/<li [^>]*data-kind="item"[^>]*data-anchor="([^"]+)"/g)].map(([, anchor]) => anchor!),
    ];
    const whole = dossierOf(content);
    const dossiers = [{ base: '/briefing/', parts: '/briefing/part/', dossier: whole }, ...dossierRegions(content).map(({ region, dossier }) => ({ base: `/briefing/${region.id}/`, parts: `/briefing/${region.id}/`, dossier }))];
    let parted = 0;
    for (const { base, parts, dossier } of dossiers) {
      const html = page(base);
      const records = recordsOf(dossier);
      if (records.length <= LIMIT) {
        expect(html, base).toContain('data-dossier');
        continue;
      }
      parted++;
      expect(html, base).not.toContain('data-dossier');
      const links = [...html.matchAll(new RegExp(`href="(${parts}[a-z0-9-]+/)"`, 'g'))].map(([, path]) => path!);
      expect(links.length, base).toBeGreaterThan(1);
      const found = links.flatMap((path) => linkedIn(page(path)));
      expect(found.toSorted(), base).toEqual(records.toSorted());
    }
    expect(parted).toBeGreaterThan(1);
  });
});
