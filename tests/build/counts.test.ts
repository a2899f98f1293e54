/**
 * Counts say what they count. Every count that rests partly on the editors' reading names its share and
 * of what («из них по данным редакции: документов — 6, пунктов — 12»), and a «пункт» is one thing
 * everywhere: a «·» item of a sector with its sub-items. Expected numbers are counted here from the
 * content files (tests/helpers/marks.ts places an entry in a region), not asked of the site's code.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../helpers/built';
import { content } from '../helpers/content';
import { marksOf } from '../helpers/marks';

const marks = marksOf(content);
/** A page's words, tags and marks' notes aside, any space as one. */
const textOf = (path: string) =>
  read(path)
    .replace(/<span class="editorial-note"[\s\S]*?<\/span>/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ');

type Refs = readonly { id: string; basis?: string | undefined }[];
const wholeItems = content.sectors.flatMap((sector) => sector.data.items.map((item) => [...item.regions, ...item.subitems.flatMap((sub) => sub.regions)] as Refs));

/** How many entries of a kind concern a unit, and how many only by the editors' reading. */
function tally(entries: readonly Refs[], unit: string) {
  const placed = entries.map((refs) => marks.placement(refs, unit)).filter(({ concerns }) => concerns);
  return { all: placed.length, byEditors: placed.filter(({ basis }) => basis !== undefined).length };
}
const of = (unit: string) => ({
  documents: tally(content.agreements.map((doc) => doc.data.regions), unit),
  contacts: tally(content.contacts.map((contact) => contact.data.regions), unit),
  items: tally(wholeItems, unit),
});
/** «документов — 6, пунктов — 12», zeros left out. */
const shares = (parts: [number, string][]) => parts.filter(([count]) => count > 0).map(([count, noun]) => `${noun} — ${count}`).join(', ');
const caption = (parts: [number, string][]) => (shares(parts) ? ` (из них по данным редакции: ${shares(parts)})` : '');

describe('a region\'s page', () => {
  it.each(content.regions.map((region) => [region.data.name, region.id]))('%s counts its documents, contacts and items, and the editors\' share of each', (_name, id) => {
    const { documents, contacts, items } = of(id);
    const found = new RegExp(`: (\\d+) документ\\S*, (\\d+) контакт\\S*, (\\d+) пункт\\S*( \\(из них по данным редакции: [^)]*\\))?\\.`).exec(textOf(`regions/${id}/`));
    expect(found, 'нет строки с числами').not.toBeNull();
    expect(found!.slice(1, 4).map(Number)).toEqual([documents.all, contacts.all, items.all]);
    expect(found![4] ?? '').toBe(caption([[documents.byEditors, 'документов'], [contacts.byEditors, 'контактов'], [items.byEditors, 'пунктов']]));
  });

  it('and its dossier count the same, a «пункт» with its sub-items', () => {
    for (const region of content.regions) {
      const { documents, contacts, items } = of(region.id);
      if (documents.all + contacts.all + items.all === 0) continue;
      const line = textOf(`briefing/${region.id}/`);
      expect(line, region.id).toContain(`${region.data.name}: ${documents.all} документ`);
      expect(line, region.id).toMatch(new RegExp(`, ${contacts.all} контакт\\S*, ${items.all} пункт\\S*${caption([[documents.byEditors, 'документов'], [contacts.byEditors, 'контактов'], [items.byEditors, 'пунктов']]).replace(/[()]/g, '\\$&')}`));
    }
  });
});

describe('the regions\' list', () => {
  it('gives each region its documents and contacts, and the editors\' share of each', () => {
    const text = textOf('regions/');
    for (const region of content.regions.filter((one) => one.data.parent)) {
      const { documents, contacts } = of(region.id);
      const share = shares([[documents.byEditors, 'документов'], [contacts.byEditors, 'контактов']]);
      expect(text, region.id).toMatch(new RegExp(`${region.data.name.replace(/\./g, '\\.')} (ред\\. )*${documents.all} документ\\S*, ${contacts.all} контакт\\S*${share ? `; из них по данным редакции: ${share}` : ' '}`));
    }
  });
});

describe('the register by region', () => {
  it('says under the regions how many documents of each only the editors\' reading puts there', () => {
    const oblasts = content.regions.filter((region) => region.data.parent?.id === 'belarus' || !region.data.parent);
    const expected = oblasts.map((region) => [region.data.name, of(region.id).documents] as const).filter(([, { all, byEditors }]) => all > 0 && byEditors > 0);
    expect(expected.length).toBeGreaterThan(0);
    // The caption's list ends with a count and a full stop (a region's name may hold «г.»).
    const said = /Из них отнесены к региону по данным редакции \([^)]*\): (.*?\d)\./.exec(textOf('agreements/'))?.[1] ?? '';
    expect(said.split(', ').sort()).toEqual(expected.map(([name, { byEditors }]) => `${name} — ${byEditors}`).sort());
    for (const [name, { all, byEditors }] of expected) {
      const page = textOf(`agreements/region/${content.regions.find((region) => region.data.name === name)!.id}/`);
      expect(page, name).toContain(`: ${all} документ`);
      expect(page, name).toContain(`(из них по данным редакции: документов — ${byEditors})`);
    }
  });
});

describe('a sector\'s page', () => {
  it.each(content.sectors.map((sector) => [sector.data.title, sector.id]))('%s counts its items, and its contacts with the editors\' share', (_title, id) => {
    const sector = content.sectors.find((one) => one.id === id)!;
    const contacts = [...marks.contactSectors.values()].filter((sectors) => sectors.has(id));
    const byEditors = contacts.filter((sectors) => sectors.get(id) !== undefined).length;
    const text = textOf(`sectors/${id}/`);
    expect(text).toContain(`${sector.data.heading}: ${sector.data.items.length} пункт`);
    if (contacts.length > 0) expect(text).toMatch(new RegExp(`${contacts.length} контакт\\S*${caption([[byEditors, 'контактов']]).replace(/[()]/g, '\\$&')}\\.`));
  });
});

describe('«О справочнике»', () => {
  it('counts the items as the home page and the sectors do: each «·» line with its sub-items', () => {
    const items = content.sectors.reduce((sum, sector) => sum + sector.data.items.length, 0);
    expect(textOf('about/')).toMatch(new RegExp(`, ${items} пункт\\S*, `));
  });
});
