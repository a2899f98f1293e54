/**
 * The content as pages see it: every collection loaded once, checked across entries, and indexed
 * with the relations that are derived rather than stored (where a document was signed, which
 * sectors name it, the positions of a person by date, the oblast a city rolls up to).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContent } from './integrity';
import type { Fact } from '../schemas/sector';
import type { Participant } from '../schemas/participant';

export type AgreementEntry = CollectionEntry<'agreements'>;
export type ContactEntry = CollectionEntry<'chronology'>;
export type PersonEntry = CollectionEntry<'people'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type SectorEntry = CollectionEntry<'sectors'>;

/** A sector item with the sector it belongs to and its anchor on the sector page. */
export interface SectorFact {
  sector: SectorEntry;
  fact: Fact | Fact['items'][number];
  anchor: string;
}

/** One appearance of a person: the position the source gives at a contact or in a sector item. */
export interface Appearance {
  role: string;
  /** Sort key: the contact's first day, or the first year of the sector item. */
  when: string;
  contact?: ContactEntry;
  sectorFact?: SectorFact;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));

const contactYears = (contact: ContactEntry) => {
  const from = Number(contact.data.start.slice(0, 4));
  const to = Number((contact.data.end ?? contact.data.start).slice(0, 4));
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
};

async function load() {
  const [regions, people, agreements, sectors, chronology] = await Promise.all([
    getCollection('regions'),
    getCollection('people'),
    getCollection('agreements'),
    getCollection('sectors'),
    getCollection('chronology'),
  ]);
  assertContent({ regions, people, agreements, sectors, chronology });

  sectors.sort((a, b) => a.data.order - b.data.order);
  chronology.sort((a, b) => a.data.start.localeCompare(b.data.start));
  agreements.sort((a, b) => a.data.year - b.data.year || a.data.title.localeCompare(b.data.title, 'ru'));
  people.sort((a, b) => a.data.surname.localeCompare(b.data.surname, 'ru'));

  const region = byId(regions);
  const agreement = byId(agreements);

  /** The oblast-level unit a region rolls up to (an oblast, г. Минск), or the republic itself. */
  const oblastOf = (id: string): RegionEntry => {
    let current = region.get(id)!;
    while (current.data.parent && region.get(current.data.parent.id)!.data.parent) current = region.get(current.data.parent.id)!;
    return current;
  };
  /** A region and every unit under it. */
  const within = (id: string): Set<string> =>
    new Set(regions.filter((entry) => entry.id === id || ancestors(entry.id).includes(id)).map((entry) => entry.id));
  const ancestors = (id: string): string[] => {
    const parent = region.get(id)?.data.parent?.id;
    return parent ? [parent, ...ancestors(parent)] : [];
  };

  const sectorFacts: SectorFact[] = sectors.flatMap((sector) =>
    sector.data.facts.flatMap((fact, index) => [
      { sector, fact, anchor: `p${index + 1}` },
      ...fact.items.map((item, sub) => ({ sector, fact: item, anchor: `p${index + 1}-${sub + 1}` })),
    ]),
  );

  const signedAt = new Map<string, ContactEntry>();
  for (const contact of chronology) for (const ref of contact.data.signed) signedAt.set(ref.id, contact);

  const appearances = new Map<string, Appearance[]>();
  const appear = (participants: Participant[], appearance: Omit<Appearance, 'role'>) => {
    for (const { person, role } of participants)
      appearances.set(person.id, [...(appearances.get(person.id) ?? []), { role, ...appearance }]);
  };
  for (const contact of chronology) appear(contact.data.people, { when: contact.data.start, contact });
  for (const sectorFact of sectorFacts)
    appear(sectorFact.fact.people, { when: String(sectorFact.fact.years[0] ?? sectorFact.fact.since ?? ''), sectorFact });
  for (const list of appearances.values()) list.sort((a, b) => a.when.localeCompare(b.when));

  return {
    regions,
    people,
    agreements,
    sectors,
    chronology,
    region,
    agreement,
    person: byId(people),
    sector: byId(sectors),
    contact: byId(chronology),
    sectorFacts,
    oblastOf,
    within,
    contactYears,
    /** The contact at which a document was signed, where the source says so. */
    signedAt: (id: string) => signedAt.get(id),
    /** Sectors whose items name a document. */
    sectorsOf: (id: string) =>
      [...new Set(sectorFacts.filter(({ fact }) => fact.documents.some((ref) => ref.id === id)).map(({ sector }) => sector))],
    /** Plans that implement a document. */
    implementedBy: (id: string) => agreements.filter((entry) => entry.data.implements?.id === id),
    /** Positions and contacts of a person, by date. */
    appearancesOf: (id: string) => appearances.get(id) ?? [],
    /** Contact years, oldest first, with the contacts of each. */
    years: [...new Set(chronology.map((contact) => contact.data.start.slice(0, 4)))],
  };
}

export type Site = Awaited<ReturnType<typeof load>>;

let cached: Promise<Site> | undefined;

/** The site's content, loaded and checked once per build (on every request in dev, so edits show at once). */
export const getSite = (): Promise<Site> => (import.meta.env.DEV ? load() : (cached ??= load()));
