/** The build emits one page for every entry, at the URL the design gives, in Russian. */
import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, href, read } from '../helpers/built';
import { content } from '../helpers/content';

const page = (path: string) => read(path ? `${path}/` : '');

// Headings are set with typography (non-breaking spaces) and HTML entities; compare their words.
const words = (text: string) => text.replace(/&nbsp;|&#160;|\u00a0/g, ' ').replace(/&quot;|&#34;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const heading = (html: string) => words(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');

const pages: [string, string, string][] = [
  ...content.agreements.map((entry): [string, string, string] => ['agreements', entry.id, entry.data.title]),
  ...content.contacts.map((entry): [string, string, string] => ['chronology', entry.id, entry.data.title]),
  ...content.sectors.map((entry): [string, string, string] => ['sectors', entry.id, entry.data.title]),
  ...content.regions.map((entry): [string, string, string] => ['regions', entry.id, entry.data.name]),
  ...content.people.map((entry): [string, string, string] => ['people', entry.id, entry.data.name]),
];

describe('a page for every entry', () => {
  it.each(pages)('/%s/%s/', (collection, id, title) => {
    const html = page(`${collection}/${id}`);
    expect(html).toMatch(/<html lang="ru"/);
    expect(heading(html)).toBe(words(title));
  });

  it.each(['', 'agreements', 'chronology', 'sectors', 'regions', 'people'])('the index /%s', (path) => {
    expect(page(path)).toMatch(/<h1/);
  });

  it('ends no sentence with two periods (an abbreviation\'s period ends it)', () => {
    for (const file of globSync('**/*.html', { cwd: DIST })) {
      const text = readFileSync(join(DIST, file), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
      expect(text, file).not.toMatch(/[^.]\.\.(?!\.)/);
    }
  });

  it('gives the entries of the briefing page their facets for its script, and those of a static dossier none', () => {
    const entries = (html: string) => [...html.matchAll(/<li [^>]*data-kind="[^"]+"[^>]*>/g)].map(([tag]) => tag);
    const whole = entries(page('briefing'));
    expect(whole.length).toBe(content.agreements.length + content.contacts.length + content.sectors.reduce((sum, sector) => sum + sector.data.items.length, 0));
    // An empty facet is written as a bare attribute.
    for (const tag of whole) expect(tag).toMatch(/ data-units(="[^"]*")? data-by-editors(="[^"]*")? data-sectors(="[^"]*")? data-years(="[^"]*")?/);
    for (const region of content.regions)
      for (const tag of entries(page(`briefing/${region.id}`))) expect(tag, region.id).not.toMatch(/data-(units|by-editors|sectors|years)=/);
  });

  it('links each contact to the documents signed there, and each of them back', () => {
    for (const contact of content.contacts)
      for (const { id } of contact.data.signed) {
        expect(page(`chronology/${contact.id}`)).toContain(`href="${href(`agreements/${id}/`)}"`);
        expect(page(`agreements/${id}`)).toContain(`href="${href(`chronology/${contact.id}/`)}"`);
      }
  });
});
