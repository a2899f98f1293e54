/**
 * What search engines and link previews read — titles, descriptions, canonical URLs, sitemap,
 * robots.txt, JSON-LD — in the build published with its origin (dist-base/: SITE_URL and a base path).
 */
import { globSync, readFileSync } from 'node:fs';
import { BASE, DIST as DIR } from '../helpers/built';
import { describe, expect, it } from 'vitest';
import { content } from '../helpers/content';

const htmlFiles = globSync('**/*.html', { cwd: DIR }).sort();
const read = (file: string) => readFileSync(`${DIR}/${file}`, 'utf8');
const meta = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

describe('every page', () => {
  it('is in the build', () => {
    expect(htmlFiles.length).toBeGreaterThan(100);
  });

  it.each(htmlFiles)('%s has a title, a description, a canonical URL and Open Graph', (file) => {
    const html = read(file);
    expect(meta(html, /<title>([^<]+)<\/title>/)).toBeTruthy();
    expect(meta(html, /<meta name="description" content="([^"]+)"/)?.length).toBeGreaterThan(20);
    const canonical = meta(html, /<link rel="canonical" href="([^"]+)"/);
    expect(canonical).toBeTruthy();
    if (file !== '404.html') expect(new URL(canonical!).pathname).toBe(`${BASE}${file.replace(/index\.html$/, '')}`);
    expect(meta(html, /<meta property="og:title" content="([^"]+)"/)).toBeTruthy();
    expect(meta(html, /<meta property="og:url" content="([^"]+)"/)).toBe(canonical);
  });

  it('has a title of its own', () => {
    const titles = htmlFiles.map((file) => meta(read(file), /<title>([^<]+)<\/title>/));
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('the home page', () => {
  it('has a description that counts the sectors and spans the chronology\'s years, as the content has them', () => {
    const year = (date: string) => Number(date.slice(0, 4));
    const [first, last] = [Math.min(...content.contacts.map(({ data }) => year(data.start))), Math.max(...content.contacts.map(({ data }) => year(data.end ?? data.start)))];
    const description = meta(read('index.html'), /<meta name="description" content="([^"]+)"/);
    expect(description).toContain(`${content.sectors.length}\u00a0направлений сотрудничества`);
    expect(description).toContain(`хронология контактов ${first}–${last} годов`);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page but the 404 in the sitemap', () => {
    const sitemap = globSync('sitemap-*.xml', { cwd: DIR }).filter((file) => file !== 'sitemap-index.xml').map((file) => read(file)).join('');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    for (const file of htmlFiles.filter((file) => file !== '404.html')) expect(listed, file).toContain(`${BASE}${file.replace(/index\.html$/, '')}`);
  });

  it('points robots.txt at the sitemap', () => {
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

describe('structured data', () => {
  it.each(content.contacts.map((contact) => [contact.id, contact]))('%s is a schema.org Event with its dates', (id, contact) => {
    const json = meta(read(`chronology/${id}/index.html`), /<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
    const event = JSON.parse(json!);
    expect(event['@type']).toBe('Event');
    expect(event.startDate).toBe(contact.data.start);
    expect(event.endDate).toBe(contact.data.end ?? contact.data.start);
    expect(event.name).toBe(contact.data.title);
  });
});
