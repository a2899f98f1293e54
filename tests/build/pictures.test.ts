/**
 * The map and the charts carry the numbers of the content. Expected numbers are counted here from the
 * collections: a region's documents and contacts with the units under it; the contacts that began in a
 * year, by where they took place; the documents of a year.
 */
import { describe, expect, it } from 'vitest';
import { fileFor, href, read } from '../helpers/built';
import { content } from '../helpers/content';

const page = read;
const attributes = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
const words = (text: string) => text.replace(/&nbsp;|&#160;|\u00a0/g, ' ').replace(/\s+/g, ' ');

const parentOf = new Map(content.regions.map((region) => [region.id, region.data.parent?.id]));
const within = (id: string, unit: string): boolean => {
  const parent = parentOf.get(id);
  return id === unit || (parent !== undefined && within(parent, unit));
};
const concerns = (entry: { data: { regions: { id: string }[] } }, unit: string) => entry.data.regions.some(({ id }) => within(id, unit));
// By the source's words: a region the entry names itself, in a unit the source says is under `unit`.
const parentStated = new Map(content.regions.map((region) => [region.id, region.data.parent?.basis === undefined]));
const withinBySource = (id: string, unit: string): boolean => id === unit || (parentOf.get(id) !== undefined && parentStated.get(id)! && withinBySource(parentOf.get(id)!, unit));
const bySource = (entry: { data: { regions: { id: string; basis?: string | undefined }[] } }, unit: string) =>
  entry.data.regions.some(({ id, basis }) => basis === undefined && withinBySource(id, unit));
const republic = content.regions.find((region) => !region.data.parent)!;
const oblastLevel = content.regions.filter((region) => region.data.parent?.id === republic.id);

describe.each(['', 'regions/'])('the map on /%s', (path) => {
  const html = page(path);
  const shapes = [...html.matchAll(/(<a [^>]*data-region="[^"]*"[^>]*>)([\s\S]*?)<\/a>/g)].map(([, tag, body]) => ({ attributes: attributes(tag!), body: body! }));

  it('has one shape for each oblast and г. Минск', () => {
    expect(shapes.map((shape) => shape.attributes['data-region']).sort()).toEqual(oblastLevel.map((region) => region.id).sort());
  });

  it.each(oblastLevel.map((region) => [region.data.name, region] as const))('%s: its documents and contacts, written on it, and a link to its page', (name, region) => {
    const shape = shapes.find((found) => found.attributes['data-region'] === region.id)!;
    const documents = content.agreements.filter((doc) => concerns(doc, region.id)).length;
    const contacts = content.contacts.filter((contact) => concerns(contact, region.id)).length;
    const total = documents + contacts;
    const byEditors = (entries: typeof content.agreements | typeof content.contacts) => entries.filter((entry) => concerns(entry, region.id) && !bySource(entry, region.id)).length;
    const [documentsByEditors, contactsByEditors] = [byEditors(content.agreements), byEditors(content.contacts)];
    expect(Number(shape.attributes['data-count'])).toBe(total);
    expect(shape.body).toContain(`>${total}</text>`);
    // The accessible name starts with the words on the shape: «Брестская», the count.
    expect(words(shape.attributes['aria-label']!)).toMatch(new RegExp(`^${name.replace(/ область$/, '')} — ${total}: `));
    expect(shape.attributes['href']).toBe(href(`regions/${region.id}/`));
    expect(fileFor(shape.attributes['href']!)).toBeDefined();
    // The row's header may end with the mark of a region the source never names.
    const row = new RegExp(`href="${href(`regions/${region.id}/`)}"[^>]*>[^<]*</a>(?:(?!</th>)[\\s\\S])*</th>((?:<td[^>]*>\\d+</td>)+)`).exec(html);
    expect([...row![1]!.matchAll(/>(\d+)</g)].map(([, value]) => Number(value)), 'строка таблицы').toEqual([documents, contacts, total, documentsByEditors, contactsByEditors]);
    // The share says what it counts: «из них по данным редакции: документов — 6».
    const shares = [[documentsByEditors, 'документов'], [contactsByEditors, 'контактов']].filter(([count]) => count).map(([count, noun]) => `${noun} — ${count}`);
    if (shares.length > 0) expect(words(shape.attributes['aria-label']!)).toContain(`из них по данным редакции: ${shares.join(', ')}`);
    else expect(words(shape.attributes['aria-label']!)).not.toContain('по данным редакции');
  });

  it('states the national level, which it does not shade', () => {
    const national = (entries: { data: { regions: { id: string }[] } }[]) => entries.filter((entry) => entry.data.regions.some(({ id }) => id === republic.id)).length;
    const caption = words(/<figcaption[\s\S]*?<\/figcaption>/.exec(html)![0]);
    expect(caption).toMatch(new RegExp(`На уровне республики в целом — ${national(content.agreements)} документ\\S*, ${national(content.contacts)} контакт`));
  });
});

const startYear = (contact: (typeof content.contacts)[number]) => Number(contact.data.start.slice(0, 4));
const documentYears = content.agreements.map((doc) => doc.data.year);
const first = Math.min(...content.contacts.map(startYear));
const last = Math.max(...content.contacts.map(startYear), ...documentYears);
const years = Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
const directionOf = (venue: string) => ({ 'Астраханская область': 'astrakhan', 'Республика Беларусь': 'belarus' })[venue] ?? 'elsewhere';

describe.each(['', 'chronology/'])('the charts on /%s', (path) => {
  const html = page(path);
  const bars = (id: string) => {
    const svg = html.slice(html.indexOf(`<title id="${id}-title"`), html.indexOf('</svg>', html.indexOf(`<title id="${id}-title"`)));
    return [...svg.matchAll(/<g class="bar" data-label="([^"]+)" data-total="(\d+)"[^>]*>([\s\S]*?)<\/g>/g)].map(([, label, total, body]) => ({
      label: label!,
      total: Number(total),
      parts: Object.fromEntries([...body!.matchAll(/data-series="([^"]+)" data-value="(\d+)"/g)].map(([, series, value]) => [series!, Number(value)])),
    }));
  };

  it('contacts: a bar per year, each part the contacts that began that year in one direction', () => {
    const found = bars('chart-contacts');
    expect(found.map((bar) => bar.label)).toEqual(years);
    for (const bar of found) {
      const begun = content.contacts.filter((contact) => String(startYear(contact)) === bar.label);
      const parts: Record<string, number> = {};
      for (const contact of begun) parts[directionOf(contact.data.venue.value)] = (parts[directionOf(contact.data.venue.value)] ?? 0) + 1;
      expect(bar.parts, bar.label).toEqual(parts);
      expect(bar.total, bar.label).toBe(begun.length);
    }
    expect(found.reduce((sum, bar) => sum + bar.total, 0)).toBe(content.contacts.length);
  });

  it('documents: the earlier ones in one first bar, then a bar per year', () => {
    const [earlier, ...found] = bars('chart-documents');
    expect(earlier!.total).toBe(documentYears.filter((year) => year < first).length);
    expect(found.map((bar) => bar.label)).toEqual(years);
    for (const bar of found) expect(bar.parts, bar.label).toEqual(bar.total > 0 ? { documents: bar.total } : {});
    for (const bar of found) expect(bar.total, bar.label).toBe(documentYears.filter((year) => String(year) === bar.label).length);
    expect(earlier!.total + found.reduce((sum, bar) => sum + bar.total, 0)).toBe(content.agreements.length);
  });
});

describe.each(['', 'regions/', 'chronology/'])('the pictures on /%s', (path) => {
  const figures = [...page(path).matchAll(/<figure class="picture"[\s\S]*?<\/figure>/g)].map(([figure]) => figure);

  it('each: a caption, a titled and described SVG, a table of its numbers', () => {
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure).toMatch(/<figcaption/);
      const svg = attributes(/<svg class="(?:map|chart)"[^>]*>/.exec(figure)![0]);
      const named = [...(svg['aria-labelledby'] ?? '').split(' '), ...(svg['aria-describedby'] ?? '').split(' ')].filter(Boolean);
      expect(named.map((id) => new RegExp(`<(title|desc) id="${id}"`).exec(figure)?.[1]).sort()).toEqual(['desc', 'title']);
      expect(figure).toMatch(/<details[\s\S]*<table[\s\S]*<caption[\s\S]*<th scope="row"/);
    }
  });
});
