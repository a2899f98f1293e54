/**
 * Every relation the content implies but does not store, computed once from the collections: where a
 * document was signed, which sectors name it, the positions of a person by date, the oblast a city
 * rolls up to, what concerns a region, which contacts a sector or a year has. The only code that walks
 * whole collections; pages ask it. Pure: the site runs it on Astro's collections, tests on files read
 * from disk.
 */
import { yearOf, yearsOf } from '../format/dates';
import type { Agreement } from './schemas/agreement';
import type { Contact } from './schemas/contact';
import type { Participant } from './schemas/participant';
import type { Person } from './schemas/person';
import type { Region } from './schemas/region';
import type { Item, Sector } from './schemas/sector';
import type { Edition } from '../editions';
import { editionsView } from '../editions/view';

/** One content file as loaded: its id (the file name), its data, its Markdown body and its path. */
export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}

export type AgreementEntry = Entry<Agreement>;
export type ContactEntry = Entry<Contact>;
export type PersonEntry = Entry<Person>;
export type RegionEntry = Entry<Region>;
export type SectorEntry = Entry<Sector>;

/** The five collections. */
export interface Collections {
  regions: RegionEntry[];
  people: PersonEntry[];
  agreements: AgreementEntry[];
  sectors: SectorEntry[];
  contacts: ContactEntry[];
}

/** A sector's item or sub-item with the sector it belongs to and its anchor on the sector page. */
export interface SectorItem {
  sector: SectorEntry;
  data: Item;
  anchor: string;
}

/** A «·» item of a sector with its «-» sub-items, in the source's order. */
export interface ItemWithSubitems {
  item: SectorItem;
  subitems: SectorItem[];
}

/**
 * A contact that is the event a sector item names: linked by the editors (with their basis), or through
 * a document the item names and the source says was signed at the contact.
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

/** One appearance of a person: the position the source gives at a contact or in a sector item. */
export interface Appearance {
  role: string;
  /** Sort key: the contact's first day, or the first year of the sector item. */
  when: string;
  contact?: ContactEntry;
  item?: SectorItem;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));

/**
 * Entries grouped under each key they have, each group in the order of `entries`: the index behind
 * every «which entries name X» question, built once, so that no page scans whole collections.
 */
export function groupBy<T, K>(entries: readonly T[], keysOf: (entry: T) => readonly K[]): Map<K, T[]> {
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

/** A reference to a region, with the editors' basis where the source does not state it. */
type Ref = { id: string; basis?: string | undefined };

/** The regions each kind of entry gives: a document's, a contact's, an item's with its sub-items', a person's. */
export const regionsOf = {
  agreement: (doc: AgreementEntry): readonly Ref[] => doc.data.regions,
  contact: (contact: ContactEntry): readonly Ref[] => contact.data.regions,
  item: ({ item, subitems }: ItemWithSubitems): readonly Ref[] => [item, ...subitems].flatMap(({ data }) => data.regions),
  person: (person: PersonEntry): readonly Ref[] => (person.data.region ? [person.data.region] : []),
};

/** Every year a contact took place in: a contact spanning years falls in each. */
export const contactYears = (contact: ContactEntry): number[] => yearsOf(contact.data.start, contact.data.end);

/** An entry that quotes the briefing: a document, a contact or a sector's item. */
export type Quoting = { agreement: AgreementEntry } | { contact: ContactEntry } | { item: SectorItem };

/**
 * The collections sorted as readers see them, every relation between their entries, and the briefing's
 * editions (oldest first) with what each changed and which entries quote each statement.
 */
export function relate(collections: Collections, editions: readonly Edition[]) {
  // Sorted copies: the caller's arrays stay as they were.
  const [regions, people, agreements, sectors, contacts] = [
    [...collections.regions],
    [...collections.people],
    [...collections.agreements],
    [...collections.sectors],
    [...collections.contacts],
  ];
  sectors.sort((a, b) => a.data.order - b.data.order);
  contacts.sort((a, b) => a.data.start.localeCompare(b.data.start));
  agreements.sort((a, b) => a.data.year - b.data.year || a.data.title.localeCompare(b.data.title, 'ru'));
  people.sort((a, b) => a.data.surname.localeCompare(b.data.surname, 'ru'));
  // The republic first, then oblast-level units, then cities and districts, each alphabetically.
  const levels = ['республика', 'область', 'город', 'район'];
  regions.sort((a, b) => levels.indexOf(a.data.level) - levels.indexOf(b.data.level) || a.data.name.localeCompare(b.data.name, 'ru'));

  const region = byId(regions);
  const agreement = byId(agreements);
  const sector = byId(sectors);
  const contact = byId(contacts);

  /** The oblast-level unit a region rolls up to (an oblast, г. Минск), or the republic itself. */
  const oblastOf = (id: string): RegionEntry => {
    let current = region.get(id)!;
    while (current.data.parent && region.get(current.data.parent.id)!.data.parent) current = region.get(current.data.parent.id)!;
    return current;
  };
  /**
   * The editors' basis for a unit being under another (`above`, the unit itself or one above it): the
   * basis of the first link up to it that the source does not state; undefined when every link is stated.
   */
  const linkBasis = (id: string, above: string): string | undefined => {
    for (let current = region.get(id)!; current.id !== above && current.data.parent; current = region.get(current.data.parent.id)!)
      if (current.data.parent.basis !== undefined) return current.data.parent.basis;
    return undefined;
  };
  const children = groupBy(regions, (entry) => (entry.data.parent ? [entry.data.parent.id] : []));
  const withinMade = new Map<string, Set<string>>();
  /** A region and every unit under it (made once per region). */
  const within = (id: string): ReadonlySet<string> => {
    let units = withinMade.get(id);
    if (!units) {
      units = new Set([id]);
      // A Set's iteration also visits what is added to it meanwhile: children, then theirs.
      for (const unit of units) for (const child of children.get(unit) ?? []) units.add(child.id);
      withinMade.set(id, units);
    }
    return units;
  };
  const republic = regions.find((entry) => !entry.data.parent)!;

  // Anchors name the sector too, so that items of several sectors can share a region page.
  const itemTree = new Map<string, ItemWithSubitems[]>(
    sectors.map((entry) => [
      entry.id,
      entry.data.items.map((data, index) => ({
        item: { sector: entry, data, anchor: `${entry.id}-${index + 1}` },
        subitems: data.subitems.map((sub, subIndex) => ({ sector: entry, data: sub, anchor: `${entry.id}-${index + 1}-${subIndex + 1}` })),
      })),
    ]),
  );
  /** Every «·» item with its sub-items, sector by sector: what the briefing counts as one «пункт». */
  const wholeItems: ItemWithSubitems[] = [...itemTree.values()].flat();
  const items: SectorItem[] = wholeItems.flatMap(({ item, subitems }) => [item, ...subitems]);

  /** Where each document was signed, with the editors' basis where the identification is theirs. */
  const signedAt = new Map<string, EventLink>();
  for (const entry of contacts) for (const ref of entry.data.signed) signedAt.set(ref.id, { contact: entry, basis: ref.basis });

  const appearances = new Map<string, Appearance[]>();
  // Appended in place: a person at every other contact (the governor) would otherwise copy a list as long as the chronology at each.
  const appear = (participants: Participant[], appearance: Omit<Appearance, 'role'>) => {
    for (const { person, role } of participants) {
      const list = appearances.get(person.id);
      if (list) list.push({ role, ...appearance });
      else appearances.set(person.id, [{ role, ...appearance }]);
    }
  };
  for (const entry of contacts) appear(entry.data.people, { when: entry.data.start, contact: entry });
  for (const item of items) appear(item.data.people, { when: String(item.data.years[0] ?? item.data.since ?? ''), item });
  for (const list of appearances.values()) list.sort((a, b) => a.when.localeCompare(b.when));

  // Who names what, indexed once.
  const itemsNaming = groupBy(items, ({ data }) => ids(data.documents));
  const eventLinks = new Map<SectorItem, EventLink[]>(
    items.map((item) => {
      const linked: EventLink[] = item.data.contacts.map((link) => ({ contact: contact.get(link.contact.id)!, basis: link.basis }));
      for (const doc of item.data.documents) {
        const at = signedAt.get(doc.id);
        if (at && !linked.some((link) => link.contact === at.contact)) linked.push(at);
      }
      return [item, linked.sort((a, b) => a.contact.data.start.localeCompare(b.contact.data.start))];
    }),
  );
  const itemsOfEvent = groupBy(items, (item) => eventLinks.get(item)!.map((link) => link.contact.id));
  /** The contact's own sectors (with the editors' basis where they give it), then those of the items that are this event. */
  const sectorsOfContact = (entry: ContactEntry): ContactSector[] => {
    const found = new Map<SectorEntry, ContactSector>(entry.data.sectors.map(({ id, basis }) => [sector.get(id)!, { sector: sector.get(id)!, basis }]));
    for (const item of itemsOfEvent.get(entry.id) ?? []) {
      const link = eventLinks.get(item)!.find((candidate) => candidate.contact.id === entry.id)!;
      const known = found.get(item.sector);
      if (!known) found.set(item.sector, { sector: item.sector, basis: link.basis });
      else if (known.basis && !link.basis) known.basis = undefined;
    }
    return [...found.values()].sort((a, b) => a.sector.data.order - b.sector.data.order);
  };
  const contactsBySector = groupBy(contacts, (entry) => sectorsOfContact(entry).map(({ sector: one }) => one.id));
  const agreementsBySector = groupBy(agreements, (doc) => (itemsNaming.get(doc.id) ?? []).map(({ sector: one }) => one.id));
  const contactsByYear = groupBy(contacts, contactYears);
  const contactsByStart = groupBy(contacts, (entry) => [yearOf(entry.data.start)]);
  const agreementsByYear = groupBy(agreements, (doc) => [doc.data.year]);
  const peopleByCountry = groupBy(people, (person) => [person.data.country]);
  const plansOf = groupBy(agreements, (doc) => (doc.data.implements ? [doc.data.implements.id] : []));
  const byRegion = {
    agreements: groupBy(agreements, (doc) => ids(regionsOf.agreement(doc))),
    contacts: groupBy(contacts, (entry) => ids(regionsOf.contact(entry))),
    items: groupBy(wholeItems, (entry) => ids(regionsOf.item(entry))),
    people: groupBy(people, (person) => ids(regionsOf.person(person))),
  };
  // Each entry's position in its sorted collection, to merge the groups of several units in order.
  const position = new Map<unknown, number>();
  for (const list of [agreements, contacts, wholeItems, people]) list.forEach((entry, index) => position.set(entry, index));
  const naming = <T>(index: Map<string, T[]>, units: ReadonlySet<string>): T[] =>
    [...new Set([...units].flatMap((unit) => index.get(unit) ?? []))].sort((a, b) => position.get(a)! - position.get(b)!);

  /**
   * The editors' basis for an entry concerning a unit, when only their reading puts it there: the basis
   * of a region the entry gives (an organisation's seat) or of a link up to the unit (a city's oblast).
   * Undefined when one of the entry's own regions is, by the source's words, the unit or under it. The
   * republic concerns only what names it itself (the national level), since everything is under it.
   */
  const placementBasis = (refs: readonly Ref[], unit: string): string | undefined => {
    let basis: string | undefined;
    for (const ref of refs) {
      if (unit === republic.id ? ref.id !== unit : !within(unit).has(ref.id)) continue;
      const own = ref.basis ?? (unit === republic.id ? undefined : linkBasis(ref.id, unit));
      if (own === undefined) return undefined;
      basis ??= own;
    }
    return basis;
  };

  /**
   * Everything the content says about a region and the units under it; for the republic, what is
   * said of it as a whole (the national level), since everything else is under it too.
   */
  const aboutOf = (id: string) => {
    const units = id === republic.id ? new Set([id]) : within(id);
    const found = {
      agreements: naming(byRegion.agreements, units),
      contacts: naming(byRegion.contacts, units),
      items: naming(byRegion.items, units),
      people: naming(byRegion.people, units),
    };
    const editorsOnly = <T>(entries: T[], refsOf: (entry: T) => readonly Ref[]) => entries.filter((entry) => placementBasis(refsOf(entry), id) !== undefined);
    return {
      ...found,
      /** The entries above that concern the region only by the editors' reading (a seat, a city's oblast). */
      byEditors: {
        agreements: editorsOnly(found.agreements, regionsOf.agreement),
        contacts: editorsOnly(found.contacts, regionsOf.contact),
        items: editorsOnly(found.items, regionsOf.item),
        people: editorsOnly(found.people, regionsOf.person),
      },
    };
  };

  // Made once per region: the register's pages, the map and the region pages ask for an oblast's again
  // and again, and each answer gathers and sorts a share of the whole content. Callers only read it.
  const aboutCache = new Map<string, ReturnType<typeof aboutOf>>();
  const about = (id: string) => {
    let found = aboutCache.get(id);
    if (!found) aboutCache.set(id, (found = aboutOf(id)));
    return found;
  };

  /** The oblast-level units (six oblasts and г. Минск) and the republic, for register pages and filters. */
  const topRegions = regions.filter((entry) => oblastOf(entry.id).id === entry.id);

  // The last day the briefing names (a contact's last day, a dated item or figure): not the briefing's
  // own date, which it does not give, but the latest it speaks of.
  const latestDay = [
    ...contacts.map((entry) => entry.data.end ?? entry.data.start),
    ...items.flatMap(({ data }) => [data.date, ...data.figures.map((figure) => figure.asOf)]),
  ]
    .filter((day): day is string => day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day))
    .sort()
    .at(-1)!;

  return {
    regions,
    people,
    agreements,
    sectors,
    contacts,
    region,
    agreement,
    person: byId(people),
    sector,
    contact,
    /** Every sector item and sub-item, sector by sector, in the source's order. */
    items,
    /** Every «·» item with its sub-items — one «пункт» — sector by sector, in the source's order. */
    wholeItems,
    /** A sector's items, each with its sub-items, in the source's order. */
    itemsOf: (sectorId: string): readonly ItemWithSubitems[] => itemTree.get(sectorId) ?? [],
    /** Contacts that are the event an item names, by date. */
    eventsOf: (item: SectorItem): readonly EventLink[] => eventLinks.get(item) ?? [],
    /** Sector items that name this contact's event, each with the editors' basis where the link is theirs. */
    itemsAbout: (contactId: string): { item: SectorItem; basis?: string | undefined }[] =>
      (itemsOfEvent.get(contactId) ?? []).map((item) => ({ item, basis: eventLinks.get(item)!.find((link) => link.contact.id === contactId)!.basis })),
    /** Sectors a contact belongs to, each with the editors' basis where only their link puts it there. */
    sectorsOfContact,
    /** The editors' basis for a contact belonging to a sector, when only their reading puts it there. */
    sectorBasis: (entry: ContactEntry, sectorId: string): string | undefined => sectorsOfContact(entry).find((one) => one.sector.id === sectorId)?.basis,
    /** Contacts that belong to a sector, by date. */
    contactsOf: (sectorId: string): readonly ContactEntry[] => contactsBySector.get(sectorId) ?? [],
    oblastOf,
    within,
    linkBasis,
    placementBasis,
    /** The republic: the national level, the root of every region. */
    republic,
    /** The units directly under a region (an oblast's cities, a city's districts). */
    partsOf: (id: string): readonly RegionEntry[] => children.get(id) ?? [],
    /** The contact at which a document was signed, where the source says so (`basis`: the editors identify the document). */
    signedAt: (id: string): EventLink | undefined => signedAt.get(id),
    /** Sectors whose items name a document. */
    sectorsOf: (id: string): SectorEntry[] => [...new Set((itemsNaming.get(id) ?? []).map((item) => item.sector))],
    /** Documents named by a sector's items. */
    agreementsOf: (sectorId: string): readonly AgreementEntry[] => agreementsBySector.get(sectorId) ?? [],
    /** Contacts that fall in a year (a contact spanning years falls in each). */
    contactsIn: (year: number): readonly ContactEntry[] => contactsByYear.get(year) ?? [],
    /** Contacts that began in a year: the source lists each contact once, under the year it began. */
    contactsBegunIn: (year: number): readonly ContactEntry[] => contactsByStart.get(year) ?? [],
    /** The years contacts began in, oldest first. */
    beginYears: [...contactsByStart.keys()],
    /** Documents of a year, as the register orders them. */
    agreementsOfYear: (year: number): readonly AgreementEntry[] => agreementsByYear.get(year) ?? [],
    /** The documents of the legal base, in the source's order. */
    legalBase: agreements.filter((doc) => doc.data.legalBase !== undefined).sort((a, b) => a.data.legalBase! - b.data.legalBase!),
    /** People of one side, by surname. */
    peopleOf: (country: Person['country']): readonly PersonEntry[] => peopleByCountry.get(country) ?? [],
    /** Sector items that state figures, in the source's order. */
    itemsWithFigures: items.filter(({ data }) => data.figures.length > 0),
    /** Contacts whose venue the source does not give and the editors do. */
    venuesByEditors: contacts.filter((entry) => entry.data.venue.basis !== undefined),
    /** Plans that implement a document. */
    implementedBy: (id: string): readonly AgreementEntry[] => plansOf.get(id) ?? [],
    /** Positions and contacts of a person, by date. */
    appearancesOf: (id: string): readonly Appearance[] => appearances.get(id) ?? [],
    /** The years of the chronology: every year contacts took place in, oldest first. */
    chronologyYears: [...new Set(contacts.flatMap(contactYears))],
    /** The years documents are dated by, oldest first. */
    agreementYears: [...new Set(agreements.map((doc) => doc.data.year))].sort((a, b) => a - b),
    /** The year each contact began in, in the chronology's order. */
    startYears: contacts.map((entry) => yearOf(entry.data.start)),
    about,
    topRegions,
    /** Units the source does not name, kept as reference geography for the cities it names (with their basis). */
    referenceRegions: regions.filter((entry) => entry.data.basis !== undefined),
    /** The six oblasts and г. Минск: the oblast-level units under the republic. */
    oblastUnits: topRegions.filter((entry) => entry !== republic),
    /**
     * The oblast-level units (not the republic) that documents or contacts concern, each with whether
     * only the editors' reading puts any there.
     */
    oblastsConcerned: topRegions
      .filter((entry) => entry !== republic)
      .map((entry) => ({ region: entry, about: about(entry.id) }))
      .filter(({ about: found }) => found.agreements.length + found.contacts.length > 0)
      .map(({ region: entry, about: found }) => ({
        region: entry,
        byEditorsOnly: found.byEditors.agreements.length + found.byEditors.contacts.length === found.agreements.length + found.contacts.length,
      })),
    /** Documents in force: status «действует». */
    inForce: agreements.filter((doc) => doc.data.status === 'действует'),
    /** The oblast-level units and the republic that have documents: the register's pages by region. */
    registerRegions: topRegions.filter((entry) => about(entry.id).agreements.length > 0),
    /** The latest day the briefing speaks of (it gives no date of its own). */
    latestDay,
    /** The briefing's editions, what each changed, and where each entry's text came in. */
    editions: editionsView<Quoting>(editions, [
      ...agreements.map((entry) => ({ entry: { agreement: entry }, texts: [entry.body ?? ''] })),
      ...contacts.map((entry) => ({ entry: { contact: entry }, texts: [entry.body ?? ''] })),
      ...items.map((item) => ({ entry: { item }, texts: [item.data.text] })),
    ]),
  };
}

/** The content with every relation between its entries. */
export type Content = ReturnType<typeof relate>;
