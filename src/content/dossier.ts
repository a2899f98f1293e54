/**
 * Dossiers: the briefing's three parts — documents, the sectors' items, the chronology — cut to a
 * selection (src/briefing/selection.ts). The facets of every entry are computed here once; the static
 * dossiers and the Word files are made from `dossierOf`, the briefing page's script reads the same
 * facets from the page.
 */
import { EVERYTHING, selected, type Counts, type Facets, type Selection } from '../briefing/selection';
import { yearOf } from '../format/dates';
import type { AgreementEntry, ContactEntry, Content, ItemWithSubitems, SectorEntry } from './relations';

type Refs = readonly { id: string }[];

/** The units entries name, each with the units above it but the republic; the republic where named itself. */
function unitsOf(content: Content, refs: Refs): string[] {
  const units = new Set<string>();
  for (const { id } of refs) {
    if (id === content.republic.id) units.add(id);
    for (let unit = content.region.get(id); unit && unit !== content.republic; unit = unit.data.parent && content.region.get(unit.data.parent.id)) units.add(unit.id);
  }
  return [...units];
}

export const agreementFacets = (content: Content, doc: AgreementEntry): Facets => ({
  units: unitsOf(content, doc.data.regions),
  sectors: content.sectorsOf(doc.id).map((sector) => sector.id),
  years: [doc.data.year],
});

/** A contact is placed in the year it began, as the source's chronology places it. */
export const contactFacets = (content: Content, contact: ContactEntry): Facets => ({
  units: unitsOf(content, contact.data.regions),
  sectors: content.sectorsOfContact(contact).map(({ sector }) => sector.id),
  years: [yearOf(contact.data.start)],
});

/** An item with its sub-items, as one: what any of them concerns. */
export const itemFacets = (content: Content, { item, subitems }: ItemWithSubitems): Facets => ({
  units: unitsOf(content, [item, ...subitems].flatMap(({ data }) => data.regions)),
  sectors: [item.sector.id],
  years: [...new Set([item, ...subitems].flatMap(({ data }) => data.years))],
});

export interface Dossier {
  selection: Selection;
  /** The documents of the legal base, in the source's order. */
  legalBase: AgreementEntry[];
  /** The other documents, named in the sectors' items, as the register orders them. */
  otherAgreements: AgreementEntry[];
  sectors: { sector: SectorEntry; items: ItemWithSubitems[] }[];
  /** The contacts by the year they began, oldest first. */
  years: { year: number; contacts: ContactEntry[] }[];
  counts: Counts;
}

/** What belongs to a selection, in the briefing's order. */
export function dossierOf(content: Content, selection: Selection = EVERYTHING): Dossier {
  const agreements = content.agreements.filter((doc) => selected(agreementFacets(content, doc), selection));
  const legalBase = content.legalBase.filter((doc) => agreements.includes(doc));
  const sectors = content.sectors
    .map((sector) => ({ sector, items: content.itemsOf(sector.id).filter((item) => selected(itemFacets(content, item), selection)) }))
    .filter(({ items }) => items.length > 0);
  const years = content.beginYears
    .map((year) => ({ year, contacts: content.contactsBegunIn(year).filter((contact) => selected(contactFacets(content, contact), selection)) }))
    .filter(({ contacts }) => contacts.length > 0);
  return {
    selection,
    legalBase,
    otherAgreements: agreements.filter((doc) => !legalBase.includes(doc)),
    sectors,
    years,
    counts: {
      agreements: agreements.length,
      contacts: years.reduce((sum, { contacts }) => sum + contacts.length, 0),
      items: sectors.reduce((sum, { items }) => sum + items.length, 0),
    },
  };
}

/** The years a reader can choose: every year a document, a contact's start or an item gives. */
export const selectableYears = (content: Content): number[] =>
  [...new Set([...content.agreementYears, ...content.beginYears, ...content.items.flatMap(({ data }) => data.years)])].sort((a, b) => a - b);

type RegionDossier = { region: Content['regions'][number]; dossier: Dossier };
const regionDossiers = new WeakMap<Content, RegionDossier[]>();

/** The regions that have a dossier of their own — every unit something concerns — with it; made once per content. */
export function dossierRegions(content: Content): RegionDossier[] {
  let found = regionDossiers.get(content);
  if (!found) {
    found = content.regions
      .map((region) => ({ region, dossier: dossierOf(content, { ...EVERYTHING, region: region.id }) }))
      .filter(({ dossier: { counts } }) => counts.agreements + counts.contacts + counts.items > 0);
    regionDossiers.set(content, found);
  }
  return found;
}
