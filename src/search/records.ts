/**
 * What search finds: one record per document, contact, sector item, person and region, and one per page
 * that gathers records (a sector, a year, an index), found by its own name only. A record is indexed by
 * its own words alone — Pagefind also searches a record's metadata, so the only metadata is its title,
 * itself the record's words — and carries its filters (names as published: «Раздел», «Год», …), one
 * meaning each, the same as the register's and the chronology's. A result shows its kind, year and
 * region from those filters.
 */
import { contactYears, type AgreementEntry, type ContactEntry, type Content, type PersonEntry, type RegionEntry, type SectorEntry, type SectorItem } from '../content/relations';
import { formatDateRange } from '../format/dates';
import { agreementHref, contactHref, href, personHref, regionHref, sectorHref } from '../routing/urls';
import { listTitles, nav } from '../i18n/ru';
import { itemHref } from '../routing/lists';
import { AGREEMENT_KINDS, STATUSES } from '../content/schemas/agreement';
import { CONTACT_KINDS } from '../content/schemas/contact';
import { FILTERS, SECTIONS, type FilterName } from './filters';

export interface SearchRecord {
  /** The page (and anchor) the result opens, under the site's base path. */
  url: string;
  /** The result's link text: words of the record (a sector item's text; its place in the sector is shown instead). */
  title: string;
  /** The words the record is found by: its title, then the rest of its text. */
  text: string;
  filters: Partial<Record<FilterName, string[]>>;
  /** Sort key: the record's first day or year. */
  date?: string;
}

const sorted = (values: readonly (string | number)[]) => [...new Set(values.map(String))].sort();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** A record's title and text as Pagefind indexes them: the title first, so a result can tell a match in it. */
const titled = (title: string, body = '') => (body ? `${title}\n${body}` : title);

/**
 * The «Регион» filter of a record — the oblast-level units of its regions: a city rolls up to its oblast,
 * the republic stays itself — and apart from it those only the editors' reading gives (an organisation's
 * seat, a city's oblast), so that a result can say so.
 */
function regionFilters(content: Content, refs: readonly { id: string; basis?: string | undefined }[]) {
  const oblasts = [...new Set(refs.map(({ id }) => content.oblastOf(id)))];
  const byEditors = oblasts.filter((oblast) => content.placementBasis(refs, oblast.id) !== undefined);
  return {
    [FILTERS.region]: sorted(oblasts.map((oblast) => oblast.data.name)),
    ...(byEditors.length > 0 && { [FILTERS.regionByEditors]: sorted(byEditors.map((oblast) => oblast.data.name)) }),
  };
}

function agreementRecord(content: Content, entry: AgreementEntry): SearchRecord {
  const { year, period, kind, status, regions, title } = entry.data;
  return {
    url: agreementHref(entry.id),
    title,
    text: titled(title, entry.body),
    filters: {
      [FILTERS.section]: [SECTIONS.agreement],
      // The year the document is dated by, as on /agreements/year/<year>/; a plan's period is a filter of its own.
      [FILTERS.year]: [String(year)],
      ...regionFilters(content, regions),
      [FILTERS.sector]: content.sectorsOf(entry.id).map((sector) => sector.data.title),
      [FILTERS.kind]: [kind],
      [FILTERS.status]: [status],
      ...(period && { [FILTERS.period]: sorted(range(period.from, period.to)) }),
    },
    date: String(year),
  };
}

function contactRecord(content: Content, entry: ContactEntry): SearchRecord {
  const { start, end, regions, kinds } = entry.data;
  // Its dates lead the title, as the source's bullet begins with them.
  const title = `${formatDateRange(start, end)} — ${entry.data.title}`;
  return {
    url: contactHref(entry.id),
    title,
    text: titled(title, entry.body),
    filters: {
      [FILTERS.section]: [SECTIONS.contact],
      // Every year the contact took place in, as on /chronology/<year>/.
      [FILTERS.year]: sorted(contactYears(entry)),
      ...regionFilters(content, regions),
      [FILTERS.sector]: content.sectorsOfContact(entry).map(({ sector }) => sector.data.title),
      [FILTERS.contactKind]: kinds.map(({ value }) => value),
      ...(kinds.some(({ basis }) => basis !== undefined) && { [FILTERS.contactKindByEditors]: kinds.filter(({ basis }) => basis !== undefined).map(({ value }) => value) }),
    },
    date: start,
  };
}

function itemRecord(content: Content, item: SectorItem): SearchRecord {
  const { sector, data } = item;
  // Years as the source gives them: those of the item, and the year an ongoing activity began.
  const years = sorted([...data.years, ...(data.since ? [data.since] : [])]);
  return {
    url: itemHref(content, item),
    title: data.text,
    text: data.text,
    filters: {
      [FILTERS.section]: [SECTIONS.sector],
      [FILTERS.year]: years,
      ...regionFilters(content, data.regions),
      [FILTERS.sector]: [sector.data.title],
    },
    ...(years[0] && { date: data.date ?? years[0] }),
  };
}

function sectorRecords(content: Content, entry: SectorEntry): SearchRecord[] {
  return [
    {
      url: sectorHref(entry.id),
      title: entry.data.title,
      text: titled(entry.data.title, entry.data.heading),
      filters: { [FILTERS.section]: [SECTIONS.sector], [FILTERS.sector]: [entry.data.title] },
    },
    ...content.itemsOf(entry.id).flatMap(({ item, subitems }) => [item, ...subitems].map((one) => itemRecord(content, one))),
  ];
}

function regionRecord(content: Content, entry: RegionEntry): SearchRecord {
  return {
    url: regionHref(entry.id),
    title: entry.data.name,
    text: titled(entry.data.name),
    filters: { [FILTERS.section]: [SECTIONS.region], ...regionFilters(content, [{ id: entry.id }]) },
  };
}

function personRecord(content: Content, entry: PersonEntry): SearchRecord {
  const roles = [...new Set(content.appearancesOf(entry.id).map(({ role }) => role))];
  return {
    url: personHref(entry.id),
    title: entry.data.name,
    // The person's own summary: the positions the source gives, not the contacts the page lists.
    text: titled(entry.data.name, roles.join('. ')),
    filters: {
      [FILTERS.section]: [SECTIONS.person],
      ...(entry.data.region && regionFilters(content, [entry.data.region])),
    },
  };
}

/** Pages that list records, found by their title alone. */
function listRecords(content: Content): SearchRecord[] {
  const page = (url: string, title: string): SearchRecord => ({ url, title, text: titled(title), filters: {} });
  return [
    page(href('agreements'), nav.agreements),
    ...content.agreementYears.map((year) => page(href('agreements', 'year', year), listTitles.documentsOfYear(year))),
    ...content.registerRegions.map((region) => page(href('agreements', 'region', region.id), listTitles.documentsOfRegion(region.data.name))),
    page(href('chronology'), nav.chronology),
    ...content.chronologyYears.map((year) => page(href('chronology', year), listTitles.contactsOfYear(year))),
    page(href('sectors'), nav.sectors),
    page(href('regions'), nav.regions),
    page(href('people'), nav.people),
    page(href('briefing'), nav.briefing),
  ];
}

const built = new WeakMap<Content, readonly SearchRecord[]>();

/**
 * Every record search finds, built once per content: the index's endpoint and the search page's list
 * of filter values (only values some record carries) share them.
 */
export function searchRecords(content: Content): readonly SearchRecord[] {
  let records = built.get(content);
  if (!records) {
    records = [
      ...content.agreements.map((entry) => agreementRecord(content, entry)),
      ...content.contacts.map((entry) => contactRecord(content, entry)),
      ...content.sectors.flatMap((entry) => sectorRecords(content, entry)),
      ...content.regions.map((entry) => regionRecord(content, entry)),
      ...content.people.map((entry) => personRecord(content, entry)),
      ...listRecords(content),
    ];
    built.set(content, records);
  }
  return records;
}

/** Each filter with the values some record carries, in the order a reader expects (not alphabetical). */
export function filterGroups(content: Content, records: readonly SearchRecord[]): { name: FilterName; values: string[] }[] {
  const present = (name: FilterName) => new Set(records.flatMap((record) => record.filters[name] ?? []));
  // The values present are gathered once per filter, not once per value offered (a pass over every record each).
  const ordered = (name: FilterName, order: readonly string[]) => {
    const values = present(name);
    return order.filter((value) => values.has(value));
  };
  const years = (name: FilterName, newest: boolean) => [...present(name)].sort((a, b) => (newest ? b.localeCompare(a) : a.localeCompare(b)));
  return [
    { name: FILTERS.section, values: ordered(FILTERS.section, Object.values(SECTIONS)) },
    { name: FILTERS.year, values: years(FILTERS.year, true) },
    { name: FILTERS.region, values: ordered(FILTERS.region, content.topRegions.map((region) => region.data.name)) },
    { name: FILTERS.sector, values: ordered(FILTERS.sector, content.sectors.map((sector) => sector.data.title)) },
    { name: FILTERS.kind, values: ordered(FILTERS.kind, AGREEMENT_KINDS) },
    { name: FILTERS.status, values: ordered(FILTERS.status, STATUSES) },
    { name: FILTERS.period, values: years(FILTERS.period, false) },
    { name: FILTERS.contactKind, values: ordered(FILTERS.contactKind, CONTACT_KINDS) },
  ];
}
