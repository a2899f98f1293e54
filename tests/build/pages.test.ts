/** The build emits one page for every entry, at the URL the design gives, in Russian. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../helpers/content';

const page = (path: string) => {
  const file = `dist/${path}/index.html`;
  expect(existsSync(file), `нет страницы ${file}: сначала npm run build`).toBe(true);
  return readFileSync(file, 'utf8');
};

// Astro escapes quotes in text; compare headings with the entities folded back.
const heading = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&').trim();

const pages: [string, string, string][] = [
  ...content.agreements.map((entry): [string, string, string] => ['agreements', entry.id, entry.data.title]),
  ...content.chronology.map((entry): [string, string, string] => ['chronology', entry.id, entry.data.title]),
  ...content.sectors.map((entry): [string, string, string] => ['sectors', entry.id, entry.data.title]),
  ...content.regions.map((entry): [string, string, string] => ['regions', entry.id, entry.data.name]),
  ...content.people.map((entry): [string, string, string] => ['people', entry.id, entry.data.name]),
];

describe('a page for every entry', () => {
  it.each(pages)('/%s/%s/', (collection, id, title) => {
    const html = page(`${collection}/${id}`);
    expect(html).toMatch(/<html lang="ru"/);
    expect(heading(html)).toBe(title);
  });

  it.each(['', 'agreements', 'chronology', 'sectors', 'regions', 'people'])('the index /%s', (path) => {
    expect(page(path)).toMatch(/<h1/);
  });

  it('links each contact to the documents signed there, and each of them back', () => {
    for (const contact of content.chronology)
      for (const { id } of contact.data.signed) {
        expect(page(`chronology/${contact.id}`)).toContain(`href="/agreements/${id}/"`);
        expect(page(`agreements/${id}`)).toContain(`href="/chronology/${contact.id}/"`);
      }
  });
});
