/** Dossiers: the selection rule, its address, its line, and what a region's dossier holds. */
import { describe, expect, it } from 'vitest';
import { EVERYTHING, selected, selectionFromQuery, selectionLine, selectionToQuery, yearsLabel } from '../../src/briefing/selection';
import { agreementFacets, dossierOf, dossierRegions, selectableYears } from '../../src/content/dossier';
import { NBSP } from '../../src/format/typography';
import { related as content } from '../helpers/content';

const show = (text: string) => text.replaceAll(NBSP, ' ');

describe('the selection', () => {
  const facets = { units: ['mogilev', 'mogilevskaya-oblast'], byEditors: [], sectors: ['kultura'], years: [2023] };

  it('holds an entry when it matches every chosen part; nothing chosen is everything', () => {
    expect(selected(facets, EVERYTHING)).toBe(true);
    expect(selected(facets, { region: 'mogilevskaya-oblast', sectors: ['kultura', 'sport'], years: [2023, 2024] })).toBe(true);
    expect(selected(facets, { ...EVERYTHING, region: 'brestskaya-oblast' })).toBe(false);
    expect(selected(facets, { ...EVERYTHING, sectors: ['sport'] })).toBe(false);
    expect(selected(facets, { ...EVERYTHING, years: [2024] })).toBe(false);
  });

  it('goes into the address and back, dropping what the page does not offer', () => {
    const selection = { region: 'mogilevskaya-oblast', sectors: ['kultura'], years: [2025, 2023] };
    const query = selectionToQuery(selection);
    expect(query).toBe('?region=mogilevskaya-oblast&sector=kultura&year=2023&year=2025');
    const known = { regions: ['mogilevskaya-oblast'], sectors: ['kultura'], years: [2023, 2025] };
    expect(selectionFromQuery(query, known)).toEqual({ ...selection, years: [2023, 2025] });
    expect(selectionFromQuery('?region=atlantida&sector=x&year=1812', known)).toEqual({ region: undefined, sectors: [], years: [] });
    expect(selectionToQuery(EVERYTHING)).toBe('');
  });

  it('names years as a reader writes them', () => {
    expect(show(yearsLabel([2025, 2023, 2024]))).toBe('2023–2025 гг.');
    expect(show(yearsLabel([2019, 2021]))).toBe('2019, 2021 гг.');
    expect(show(yearsLabel([2024]))).toBe('2024 г.');
  });

  it('says what a dossier holds, and what share of it only the editors\' reading puts there', () => {
    const names = { region: () => 'Могилёвская область', sector: () => 'Культура' };
    const none = { agreements: 0, contacts: 0, items: 0 };
    expect(show(selectionLine({ region: 'x', sectors: [], years: [2023, 2024, 2025] }, { agreements: 7, contacts: 10, items: 14, byEditors: none }, names)))
      .toBe('Могилёвская область, 2023–2025 гг.: 7 документов, 10 контактов, 14 пунктов');
    expect(show(selectionLine({ region: 'x', sectors: [], years: [] }, { agreements: 8, contacts: 1, items: 15, byEditors: { agreements: 6, contacts: 0, items: 12 } }, names)))
      .toBe('Могилёвская область: 8 документов, 1 контакт, 15 пунктов (из них по данным редакции: документов — 6, пунктов — 12)');
  });
});

describe('a dossier', () => {
  it('of everything holds every document, contact and item, the legal base first in the source\'s order', () => {
    const dossier = dossierOf(content);
    const items = content.sectors.reduce((sum, sector) => sum + content.itemsOf(sector.id).length, 0);
    expect(dossier.counts).toEqual({ agreements: content.agreements.length, contacts: content.contacts.length, items, byEditors: { agreements: 0, contacts: 0, items: 0 } });
    expect(dossier.legalBase).toEqual(content.legalBase);
  });

  it.each(content.oblastUnits.map((region) => [region.data.name, region.id]))('of %s holds what its region page lists', (_name, id) => {
    const dossier = dossierOf(content, { ...EVERYTHING, region: id });
    const about = content.about(id);
    expect([...dossier.legalBase, ...dossier.otherAgreements].map((doc) => doc.id).sort()).toEqual(about.agreements.map((doc) => doc.id).sort());
    expect(dossier.years.flatMap(({ contacts }) => contacts.map((contact) => contact.id)).sort()).toEqual(about.contacts.map((contact) => contact.id).sort());
    // The same items, each with its sub-items: one «пункт».
    expect(dossier.sectors.flatMap(({ items: found }) => found.map(({ item }) => item.anchor)).sort()).toEqual(about.items.map(({ item }) => item.anchor).sort());
    expect(dossier.counts.byEditors).toEqual({ agreements: about.byEditors.agreements.length, contacts: about.byEditors.contacts.length, items: about.byEditors.items.length });
  });

  it('narrowed by years keeps only entries of those years', () => {
    const dossier = dossierOf(content, { ...EVERYTHING, years: [2023] });
    for (const doc of [...dossier.legalBase, ...dossier.otherAgreements]) expect(doc.data.year).toBe(2023);
    expect(dossier.years.map(({ year }) => year)).toEqual([2023]);
    for (const { items } of dossier.sectors) for (const { item, subitems } of items) expect([item, ...subitems].some(({ data }) => data.years.includes(2023))).toBe(true);
  });

  it('narrowed by a sector keeps the documents its items name', () => {
    const dossier = dossierOf(content, { ...EVERYTHING, sectors: ['kultura'] });
    expect(dossier.sectors.map(({ sector }) => sector.id)).toEqual(['kultura']);
    for (const doc of [...dossier.legalBase, ...dossier.otherAgreements]) expect(agreementFacets(content, doc).sectors).toContain('kultura');
  });

  it('exists for every region something concerns, and the years to choose cover every entry', () => {
    expect(dossierRegions(content).map(({ region }) => region.id)).toEqual(expect.arrayContaining(content.oblastUnits.filter((region) => content.about(region.id).agreements.length + content.about(region.id).contacts.length > 0).map((region) => region.id)));
    const years = selectableYears(content);
    for (const doc of content.agreements) expect(years).toContain(doc.data.year);
  });
});
