/**
 * Dossiers: the briefing's three parts — documents, the sectors' items, the chronology — cut to a
 * selection (src/briefing/selection.ts). The facets of every entry are computed here once; the static
 * dossiers and the Word files are made from `dossierOf`, the briefing page's script reads the same
 * facets from the page.
 */
import { EVERYTHING, selected, type Counts, type Facets, type Selection } from '../briefing/selection';
import { yearOf } from '../format/dates';
import { groupBy, regionsOf, type AgreementEntry, type ContactEntry, type Content, type ItemWithSubitems, type SectorEntry } from './relations';

type Refs = readonly { id: string; basis?: string | undefined }[];

/** The units entries name, each with the units above it but the republic; the republic where named itself. */
function unitsOf(content: Content, refs: Refs): string[] {
  const units = new Set<string>();
  for (const { id } of refs) {
    if (id === content.republic.id) units.add(id);
    for (let unit = content.region.get(id); unit && unit !== content.republic; unit = unit.data.parent && content.region.get(unit.data.parent.id)) units.add(unit.id);
  }
  return [...units];
}

// Each entry's facets, made once per content: every region's dossier, the Word files and the briefing
// page's attributes ask for the facets of the same entries again.
const facetsMade = new WeakMap<Content, WeakMap<object, Facets>>();
function once<T extends object>(content: Content, entry: T, make: () => Facets): Facets {
  let made = facetsMade.get(content);
  if (!made) facetsMade.set(content, (made = new WeakMap()));
  let facets = made.get(entry);
  if (!facets) made.set(entry, (facets = make()));
  return facets;
}

/** The units an entry's regions reach, and those it reaches only by the editors' reading. */
function placesOf(content: Content, refs: Refs): Pick<Facets, 'units' | 'byEditors'> {
  const units = unitsOf(content, refs);
  return { units, byEditors: units.filter((unit) => content.placementBasis(refs, unit) !== undefined) };
}

export const agreementFacets = (content: Content, doc: AgreementEntry): Facets =>
  once(content, doc, () => ({
    ...placesOf(content, regionsOf.agreement(doc)),
    sectors: content.sectorsOf(doc.id).map((sector) => sector.id),
    years: [doc.data.year],
  }));

/** A contact is placed in the year it began, as the source's chronology places it. */
export const contactFacets = (content: Content, contact: ContactEntry): Facets =>
  once(content, contact, () => ({
    ...placesOf(content, regionsOf.contact(contact)),
    sectors: content.sectorsOfContact(contact).map(({ sector }) => sector.id),
    years: [yearOf(contact.data.start)],
  }));

/** An item with its sub-items, as one: what any of them concerns. */
export const itemFacets = (content: Content, entry: ItemWithSubitems): Facets =>
  once(content, entry, () => ({
    ...placesOf(content, regionsOf.item(entry)),
    sectors: [entry.item.sector.id],
    years: [...new Set([entry.item, ...entry.subitems].flatMap(({ data }) => data.years))],
  }));

/** The entries a dossier chooses from, each list in the briefing's order. */
interface Pool {
  agreements: readonly AgreementEntry[];
  items: (sectorId: string) => readonly ItemWithSubitems[];
  contacts: (year: number) => readonly ContactEntry[];
}

const wholePool = (content: Content): Pool => ({ agreements: content.agreements, items: content.itemsOf, contacts: content.contactsBegunIn });

/** Per unit, the entries that concern it (by their facets), so that a region's dossier reads only its own and not the whole content. */
interface UnitPools {
  agreements: Map<string, AgreementEntry[]>;
  items: Map<string, ItemWithSubitems[]>;
  contacts: Map<string, ContactEntry[]>;
}
const unitPoolsMade = new WeakMap<Content, UnitPools>();

function unitPool(content: Content, unit: string): Pool {
  let pools = unitPoolsMade.get(content);
  if (!pools)
    unitPoolsMade.set(content, (pools = {
      agreements: groupBy(content.agreements, (doc) => agreementFacets(content, doc).units),
      items: groupBy(content.sectors.flatMap((sector) => content.itemsOf(sector.id)), (item) => itemFacets(content, item).units),
      contacts: groupBy(content.beginYears.flatMap((year) => content.contactsBegunIn(year)), (contact) => contactFacets(content, contact).units),
    }));
  const items = pools.items.get(unit) ?? [];
  const contacts = pools.contacts.get(unit) ?? [];
  return {
    agreements: pools.agreements.get(unit) ?? [],
    items: (sectorId) => items.filter(({ item }) => item.sector.id === sectorId),
    contacts: (year) => contacts.filter((contact) => yearOf(contact.data.start) === year),
  };
}

export interface Dossier {
  selection: Selection;
  /** The documents of the legal base, in the source's order. */
  legalBase: AgreementEntry[];
  /** The other documents, named in the sectors' items, as the register orders them. */
  otherAgreements: AgreementEntry[];
  sectors: { sector: SectorEntry; items: ItemWithSubitems[] }[];
  /** The contacts by the year they began, oldest first. */
  years: { year: number; contacts: ContactEntry[] }[];
  /** In a region's dossier, the entries above that are in it only by the editors' reading. */
  byEditors: ReadonlySet<AgreementEntry | ContactEntry | ItemWithSubitems>;
  counts: Counts;
}

/** What a dossier (or a part of one) holds, and how much of it only the editors' reading puts there. */
export function countsOf(dossier: Omit<Dossier, 'selection' | 'counts'>): Counts {
  const tally = (entries: readonly (AgreementEntry | ContactEntry | ItemWithSubitems)[]) => [entries.length, entries.filter((entry) => dossier.byEditors.has(entry)).length] as const;
  const [agreements, agreementsByEditors] = tally([...dossier.legalBase, ...dossier.otherAgreements]);
  const [contacts, contactsByEditors] = tally(dossier.years.flatMap((year) => year.contacts));
  const [items, itemsByEditors] = tally(dossier.sectors.flatMap((sector) => sector.items));
  return { agreements, contacts, items, byEditors: { agreements: agreementsByEditors, contacts: contactsByEditors, items: itemsByEditors } };
}

/** What belongs to a selection, in the briefing's order. */
export function dossierOf(content: Content, selection: Selection = EVERYTHING): Dossier {
  // A region's dossier starts from the entries of that unit: the same ones the rule keeps, found without
  // reading every entry for every region.
  const pool = selection.region ? unitPool(content, selection.region) : wholePool(content);
  const agreements = pool.agreements.filter((doc) => selected(agreementFacets(content, doc), selection));
  const chosen = new Set(agreements);
  const legalBase = content.legalBase.filter((doc) => chosen.has(doc));
  const sectors = content.sectors
    .map((sector) => ({ sector, items: pool.items(sector.id).filter((item) => selected(itemFacets(content, item), selection)) }))
    .filter(({ items }) => items.length > 0);
  const years = content.beginYears
    .map((year) => ({ year, contacts: pool.contacts(year).filter((contact) => selected(contactFacets(content, contact), selection)) }))
    .filter(({ contacts }) => contacts.length > 0);
  const inLegalBase = new Set(legalBase);
  // In a region's dossier only by the editors' reading: the region is one of the entry's units by their reading alone.
  const { region } = selection;
  const byEditors = new Set<AgreementEntry | ContactEntry | ItemWithSubitems>(
    region === undefined
      ? []
      : [
          ...agreements.filter((doc) => agreementFacets(content, doc).byEditors.includes(region)),
          ...years.flatMap(({ contacts }) => contacts).filter((contact) => contactFacets(content, contact).byEditors.includes(region)),
          ...sectors.flatMap(({ items }) => items).filter((item) => itemFacets(content, item).byEditors.includes(region)),
        ],
  );
  const found = { legalBase, otherAgreements: agreements.filter((doc) => !inLegalBase.has(doc)), sectors, years, byEditors };
  return { selection, ...found, counts: countsOf(found) };
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
