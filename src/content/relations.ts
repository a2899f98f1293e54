/**
 * The content as pages see it: every collection loaded once, checked across entries, and indexed
 * with the relations that are derived rather than stored (where a document was signed, which
 * sectors name it, the positions of a person by date, the oblast a city rolls up to).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContent } from './rules';
import { yearOf } from './schemas/common';
import type { Fact } from './schemas/sector';
import type { Participant } from './schemas/participant';

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

/**
 * A contact that is the event a sector item names: linked by the editors (with their basis), or through
 * a document the item names and the source says was signed at the contact (no basis: both are the source's).
 */
export interface EventLink {
  contact: ContactEntry;
  basis?: string | undefined;
}

/** A sector a contact belongs to; `basis` when only the editors' link of an item to the contact puts it there. */
export interface ContactSector {
  sector: SectorEntry;
  basis?: string | undefined;
}

/** A «·» item of a sector with its «-» sub-items, in the source's order. */
export interface SectorItem {
  item: SectorFact;
  subItems: SectorFact[];
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

/**
 * Entries grouped under each key they have, each group in the order of `entries`: the index behind
 * every «which entries name X» question, built once, so that no page scans whole collections.
 */
function groupBy<T, K>(entries: readonly T[], keysOf: (entry: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const entry of entries)
    for (const key of new Set(keysOf(entry))) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  return groups;
}

const ids = (refs: readonly { id: string }[]) => refs.map(({ id }) => id);

const contactYears = (contact: ContactEntry) => {
  const from = yearOf(contact.data.start);
  const to = yearOf(contact.data.end ?? contact.data.start);
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
  // The republic first, then oblast-level units, then cities and districts, each alphabetically.
  const levels = ['республика', 'область', 'город', 'район'];
  regions.sort((a, b) => levels.indexOf(a.data.level) - levels.indexOf(b.data.level) || a.data.name.localeCompare(b.data.name, 'ru'));

  const region = byId(regions);
  const agreement = byId(agreements);
  const sector = byId(sectors);

  /** The oblast-level unit a region rolls up to (an oblast, г. Минск), or the republic itself. */
  const oblastOf = (id: string): RegionEntry => {
    let current = region.get(id)!;
    while (current.data.parent && region.get(current.data.parent.id)!.data.parent) current = region.get(current.data.parent.id)!;
    return current;
  };
  /** Whether the source says the unit is in its oblast-level unit: every link up to it is stated. */
  const inOblastBySource = (id: string): boolean => {
    for (let current = region.get(id)!; current.id !== oblastOf(id).id; current = region.get(current.data.parent!.id)!)
      if (current.data.parent?.basis !== undefined) return false;
    return true;
  };
  const children = groupBy(regions, (entry) => (entry.data.parent ? [entry.data.parent.id] : []));
  /** A region and every unit under it; with `stated`, only the units the source says are under it. */
  const within = (id: string, stated = false): Set<string> => {
    const units = new Set([id]);
    // A Set's iteration also visits what is added to it meanwhile: children, then theirs.
    for (const unit of units)
      for (const child of children.get(unit) ?? []) if (!stated || child.data.parent?.basis === undefined) units.add(child.id);
    return units;
  };

  // Anchors name the sector too, so that items of several sectors can share a region page.
  const itemTree = new Map<string, SectorItem[]>(
    sectors.map((sector) => [
      sector.id,
      sector.data.facts.map((fact, index) => ({
        item: { sector, fact, anchor: `${sector.id}-${index + 1}` },
        subItems: fact.items.map((item, sub) => ({ sector, fact: item, anchor: `${sector.id}-${index + 1}-${sub + 1}` })),
      })),
    ]),
  );
  const sectorFacts: SectorFact[] = [...itemTree.values()].flat().flatMap(({ item, subItems }) => [item, ...subItems]);

  /** Where each document was signed, with the editors' basis where the identification is theirs. */
  const signedAt = new Map<string, EventLink>();
  for (const contact of chronology) for (const ref of contact.data.signed) signedAt.set(ref.id, { contact, basis: ref.basis });

  const appearances = new Map<string, Appearance[]>();
  const appear = (participants: Participant[], appearance: Omit<Appearance, 'role'>) => {
    for (const { person, role } of participants) {
      const list = appearances.get(person.id);
      if (list) list.push({ role, ...appearance });
      else appearances.set(person.id, [{ role, ...appearance }]);
    }
  };
  for (const contact of chronology) appear(contact.data.people, { when: contact.data.start, contact });
  for (const sectorFact of sectorFacts)
    appear(sectorFact.fact.people, { when: String(sectorFact.fact.years[0] ?? sectorFact.fact.since ?? ''), sectorFact });
  for (const list of appearances.values()) list.sort((a, b) => a.when.localeCompare(b.when));

  // Who names what, indexed once.
  const factsNaming = groupBy(sectorFacts, ({ fact }) => ids(fact.documents));

  const contact = byId(chronology);
  const eventLinks = new Map<SectorFact, EventLink[]>(
    sectorFacts.map((item) => {
      const linked: EventLink[] = item.fact.contacts.map((link) => ({ contact: contact.get(link.contact.id)!, basis: link.basis }));
      for (const doc of item.fact.documents) {
        const at = signedAt.get(doc.id);
        if (at && !linked.some((link) => link.contact === at.contact)) linked.push(at);
      }
      return [item, linked.sort((a, b) => a.contact.data.start.localeCompare(b.contact.data.start))];
    }),
  );
  const linkedFacts = groupBy(sectorFacts, (item) => eventLinks.get(item)!.map((link) => link.contact.id));
  /** The contact's own sectors (its text names the subject), then those of the items that are this event. */
  const sectorsOfContact = (entry: ContactEntry): ContactSector[] => {
    const found = new Map<SectorEntry, ContactSector>(entry.data.sectors.map(({ id }) => [sector.get(id)!, { sector: sector.get(id)! }]));
    for (const item of linkedFacts.get(entry.id) ?? []) {
      const link = eventLinks.get(item)!.find((candidate) => candidate.contact.id === entry.id)!;
      const known = found.get(item.sector);
      if (!known) found.set(item.sector, { sector: item.sector, basis: link.basis });
      else if (known.basis && !link.basis) known.basis = undefined;
    }
    return [...found.values()].sort((a, b) => a.sector.data.order - b.sector.data.order);
  };
  const contactsBySector = groupBy(chronology, (entry) => sectorsOfContact(entry).map(({ sector }) => sector.id));
  const documentsBySector = groupBy(agreements, (doc) => (factsNaming.get(doc.id) ?? []).map(({ sector }) => sector.id));
  const contactsByYear = groupBy(chronology, contactYears);
  const plansOf = groupBy(agreements, (doc) => (doc.data.implements ? [doc.data.implements.id] : []));
  const byRegion = {
    agreements: groupBy(agreements, (doc) => ids(doc.data.regions)),
    contacts: groupBy(chronology, (contact) => ids(contact.data.regions)),
    facts: groupBy(sectorFacts, ({ fact }) => ids(fact.regions)),
    people: groupBy(people, (person) => (person.data.region ? [person.data.region.id] : [])),
  };
  // Each entry's position in its sorted collection, to merge the groups of several units in order.
  const position = new Map<unknown, number>();
  for (const list of [agreements, chronology, sectorFacts, people]) list.forEach((entry, index) => position.set(entry, index));
  const naming = <T>(index: Map<string, T[]>, units: Set<string>): T[] =>
    [...new Set([...units].flatMap((unit) => index.get(unit) ?? []))].sort((a, b) => position.get(a)! - position.get(b)!);

  /**
   * Everything the content says about a region and the units under it; for the republic, what is
   * said of it as a whole (the national level), since everything else is under it too.
   */
  const about = (id: string) => {
    const national = !region.get(id)?.data.parent;
    const units = national ? new Set([id]) : within(id);
    const stated = national ? units : within(id, true);
    // An entry is about the region by the source's words if one of its own stated units is a unit the
    // source puts under the region; otherwise only by the editors' reading (a seat, a city's oblast).
    const bySource = (refs: readonly { id: string; basis?: string | undefined }[]) => refs.some((ref) => ref.basis === undefined && stated.has(ref.id));
    const agreements = naming(byRegion.agreements, units);
    const contacts = naming(byRegion.contacts, units);
    const facts = naming(byRegion.facts, units);
    const people = naming(byRegion.people, units);
    return {
      agreements,
      contacts,
      facts,
      people,
      /** The entries above that concern the region only by the editors' reading. */
      byEditors: new Set<unknown>([
        ...agreements.filter((doc) => !bySource(doc.data.regions)),
        ...contacts.filter((entry) => !bySource(entry.data.regions)),
        ...facts.filter(({ fact }) => !bySource(fact.regions)),
        ...people.filter((person) => !bySource(person.data.region ? [person.data.region] : [])),
      ]),
    };
  };

  /** The oblast-level units (six oblasts and г. Минск) and the republic, for register pages and filters. */
  const topRegions = regions.filter((region) => oblastOf(region.id).id === region.id);

  // The last day the briefing names (a contact's last day, a dated item or figure): not the briefing's
  // own date, which it does not give, but the latest it speaks of.
  const days = [
    ...chronology.map((contact) => contact.data.end ?? contact.data.start),
    ...sectorFacts.flatMap(({ fact }) => [fact.date, ...fact.figures.map((figure) => figure.asOf)]),
  ].filter((day): day is string => day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day));
  const latestDay = days.sort().at(-1)!;

  return {
    regions,
    people,
    agreements,
    sectors,
    chronology,
    region,
    agreement,
    person: byId(people),
    sector,
    contact,
    sectorFacts,
    /** A sector's items, each with its sub-items, in the source's order. */
    itemsOf: (sectorId: string): readonly SectorItem[] => itemTree.get(sectorId) ?? [],
    /** Contacts that are the event an item names, by date. */
    eventsOf: (item: SectorFact): readonly EventLink[] => eventLinks.get(item) ?? [],
    /** Sector items that name this contact's event, each with the editors' basis where the link is theirs. */
    factsAbout: (contactId: string): { item: SectorFact; basis?: string | undefined }[] =>
      (linkedFacts.get(contactId) ?? []).map((item) => ({ item, basis: eventLinks.get(item)!.find((link) => link.contact.id === contactId)!.basis })),
    /** Sectors a contact belongs to, each with the editors' basis where only their link puts it there. */
    sectorsOfContact,
    /** Contacts that belong to a sector, by date. */
    contactsOf: (sectorId: string): readonly ContactEntry[] => contactsBySector.get(sectorId) ?? [],
    oblastOf,
    inOblastBySource,
    within,
    /** The republic: the national level, the root of every region. */
    republic: regions.find((entry) => !entry.data.parent)!,
    /** The units directly under a region (an oblast's cities, a city's districts). */
    partsOf: (id: string): readonly RegionEntry[] => children.get(id) ?? [],
    contactYears,
    /** The contact at which a document was signed, where the source says so (`basis`: the editors identify the document). */
    signedAt: (id: string): EventLink | undefined => signedAt.get(id),
    /** Sectors whose items name a document. */
    sectorsOf: (id: string) => [...new Set((factsNaming.get(id) ?? []).map(({ sector }) => sector))],
    /** Documents named by a sector's items. */
    documentsOf: (sectorId: string): readonly AgreementEntry[] => documentsBySector.get(sectorId) ?? [],
    /** Contacts that fall in a year (a contact spanning years falls in each). */
    contactsIn: (year: number): readonly ContactEntry[] => contactsByYear.get(year) ?? [],
    /** Plans that implement a document. */
    implementedBy: (id: string): readonly AgreementEntry[] => plansOf.get(id) ?? [],
    /** Positions and contacts of a person, by date. */
    appearancesOf: (id: string): readonly Appearance[] => appearances.get(id) ?? [],
    /** Contact years, oldest first. */
    years: [...new Set(chronology.flatMap(contactYears))],
    /** Years of documents, oldest first. */
    agreementYears: [...new Set(agreements.map((doc) => doc.data.year))].sort((a, b) => a - b),
    about,
    topRegions,
    /**
     * The oblast-level units (not the republic) that documents or contacts concern, each with whether
     * only the editors' reading puts any there.
     */
    oblastsConcerned: topRegions
      .filter((entry) => entry.data.parent)
      .map((entry) => ({ region: entry, about: about(entry.id) }))
      .filter(({ about: { agreements, contacts } }) => agreements.length + contacts.length > 0)
      .map(({ region: entry, about: { agreements, contacts, byEditors } }) => ({ region: entry, byEditorsOnly: [...agreements, ...contacts].every((item) => byEditors.has(item)) })),
    /** Documents in force: status «действует». */
    inForce: agreements.filter((doc) => doc.data.status === 'действует'),
    /** The oblast-level units and the republic that have documents: the register's pages by region. */
    registerRegions: topRegions.filter((entry) => about(entry.id).agreements.length > 0),
    /** The latest day the briefing speaks of (it gives no date of its own). */
    latestDay,
  };
}

export type Site = Awaited<ReturnType<typeof load>>;

let cached: Promise<Site> | undefined;

/** The site's content, loaded and checked once per build (on every request in dev, so edits show at once). */
export const getSite = (): Promise<Site> => (import.meta.env.DEV ? load() : (cached ??= load()));
