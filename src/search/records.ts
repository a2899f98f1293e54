/**
 * What search finds: one record per document, contact, sector item, person and region, and one per page
 * that gathers records (a sector, a year, an index), found by its own name only. A record is indexed by
 * its own words alone — Pagefind also searches a record's metadata, so the only metadata is its title,
 * itself the record's words — and carries its filters (names as published: «Раздел», «Год», …), one
 * meaning each, the same as the register's and the chronology's. A result shows its kind, year and
 * region from those filters.
 */
import type { AgreementEntry, ContactEntry, PersonEntry, RegionEntry, SectorEntry, SectorFact, Site } from '../content/relations';
import { formatDateRange } from '../format/dates';
import { agreementHref, contactHref, href, personHref, regionHref, sectorHref } from '../routing/urls';
import { listTitles, nav } from '../i18n/ru';
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

/** Oblast-level names of the units referred to: a city rolls up to its oblast, the republic stays itself. */
const regionNames = (site: Site, refs: readonly { id: string }[]) => sorted(refs.map(({ id }) => site.oblastOf(id).data.name));

/**
 * The «Регион» filter of a record, and apart from it the oblast-level units only the editors' reading
 * gives (an organisation's seat, a city's oblast), so that a result can say so.
 */
function regionFilters(site: Site, refs: readonly { id: string; basis?: string | undefined }[]) {
  const bySource = new Set(refs.filter((ref) => ref.basis === undefined && site.inOblastBySource(ref.id)).map(({ id }) => site.oblastOf(id).data.name));
  const all = regionNames(site, refs);
  const byEditors = all.filter((name) => !bySource.has(name));
  return { [FILTERS.region]: all, ...(byEditors.length > 0 && { [FILTERS.regionByEditors]: byEditors }) };
}

function agreementRecord(site: Site, entry: AgreementEntry): SearchRecord {
  const { year, period, kind, status, regions, title } = entry.data;
  return {
    url: agreementHref(entry.id),
    title,
    text: titled(title, entry.body),
    filters: {
      [FILTERS.section]: [SECTIONS.agreement],
      // The year the document is dated by, as on /agreements/year/<year>/; a plan's period is a filter of its own.
      [FILTERS.year]: [String(year)],
      ...regionFilters(site, regions),
      [FILTERS.sector]: site.sectorsOf(entry.id).map((sector) => sector.data.title),
      [FILTERS.kind]: [kind],
      [FILTERS.status]: [status],
      ...(period && { [FILTERS.period]: sorted(range(period.from, period.to)) }),
    },
    date: String(year),
  };
}

function contactRecord(site: Site, entry: ContactEntry): SearchRecord {
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
      [FILTERS.year]: sorted(site.contactYears(entry)),
      ...regionFilters(site, regions),
      [FILTERS.sector]: site.sectorsOfContact(entry).map(({ sector }) => sector.data.title),
      [FILTERS.contactKind]: kinds.map(({ value }) => value),
    },
    date: start,
  };
}

function itemRecord(site: Site, { sector, fact, anchor }: SectorFact): SearchRecord {
  // Years as the source gives them: those of the item, and the year an ongoing activity began.
  const years = sorted([...fact.years, ...(fact.since ? [fact.since] : [])]);
  return {
    url: `${sectorHref(sector.id)}#${anchor}`,
    title: fact.text,
    text: fact.text,
    filters: {
      [FILTERS.section]: [SECTIONS.sector],
      [FILTERS.year]: years,
      ...regionFilters(site, fact.regions),
      [FILTERS.sector]: [sector.data.title],
    },
    ...(years[0] && { date: fact.date ?? years[0] }),
  };
}

function sectorRecords(site: Site, entry: SectorEntry): SearchRecord[] {
  return [
    {
      url: sectorHref(entry.id),
      title: entry.data.title,
      text: titled(entry.data.title, entry.data.heading),
      filters: { [FILTERS.section]: [SECTIONS.sector], [FILTERS.sector]: [entry.data.title] },
    },
    ...site.itemsOf(entry.id).flatMap(({ item, subItems }) => [item, ...subItems].map((one) => itemRecord(site, one))),
  ];
}

function regionRecord(site: Site, entry: RegionEntry): SearchRecord {
  return {
    url: regionHref(entry.id),
    title: entry.data.name,
    text: titled(entry.data.name),
    filters: { [FILTERS.section]: [SECTIONS.region], ...regionFilters(site, [{ id: entry.id }]) },
  };
}

function personRecord(site: Site, entry: PersonEntry): SearchRecord {
  const roles = [...new Set(site.appearancesOf(entry.id).map(({ role }) => role))];
  return {
    url: personHref(entry.id),
    title: entry.data.name,
    // The person's own summary: the positions the source gives, not the contacts the page lists.
    text: titled(entry.data.name, roles.join('. ')),
    filters: {
      [FILTERS.section]: [SECTIONS.person],
      ...(entry.data.region && regionFilters(site, [entry.data.region])),
    },
  };
}

/** Pages that list records, found by their title alone. */
function listRecords(site: Site): SearchRecord[] {
  const page = (url: string, title: string): SearchRecord => ({ url, title, text: titled(title), filters: {} });
  return [
    page(href('agreements'), nav.agreements),
    ...site.agreementYears.map((year) => page(href('agreements', 'year', year), listTitles.documentsOfYear(year))),
    ...site.registerRegions.map((region) => page(href('agreements', 'region', region.id), listTitles.documentsOfRegion(region.data.name))),
    page(href('chronology'), nav.chronology),
    ...site.years.map((year) => page(href('chronology', year), listTitles.contactsOfYear(year))),
    page(href('sectors'), nav.sectors),
    page(href('regions'), nav.regions),
    page(href('people'), nav.people),
    page(href('briefing'), nav.briefing),
  ];
}

/** Every record search finds. */
export function searchRecords(site: Site): SearchRecord[] {
  return [
    ...site.agreements.map((entry) => agreementRecord(site, entry)),
    ...site.chronology.map((entry) => contactRecord(site, entry)),
    ...site.sectors.flatMap((entry) => sectorRecords(site, entry)),
    ...site.regions.map((entry) => regionRecord(site, entry)),
    ...site.people.map((entry) => personRecord(site, entry)),
    ...listRecords(site),
  ];
}

/** Each filter with the values some record carries, in the order a reader expects (not alphabetical). */
export function filterGroups(site: Site, records: readonly SearchRecord[]): { name: FilterName; values: string[] }[] {
  const present = (name: FilterName) => new Set(records.flatMap((record) => record.filters[name] ?? []));
  const ordered = (name: FilterName, order: readonly string[]) => order.filter((value) => present(name).has(value));
  const years = (name: FilterName, newest: boolean) => [...present(name)].sort((a, b) => (newest ? b.localeCompare(a) : a.localeCompare(b)));
  return [
    { name: FILTERS.section, values: ordered(FILTERS.section, Object.values(SECTIONS)) },
    { name: FILTERS.year, values: years(FILTERS.year, true) },
    { name: FILTERS.region, values: ordered(FILTERS.region, site.topRegions.map((region) => region.data.name)) },
    { name: FILTERS.sector, values: ordered(FILTERS.sector, site.sectors.map((sector) => sector.data.title)) },
    { name: FILTERS.kind, values: ordered(FILTERS.kind, AGREEMENT_KINDS) },
    { name: FILTERS.status, values: ordered(FILTERS.status, STATUSES) },
    { name: FILTERS.period, values: years(FILTERS.period, false) },
    { name: FILTERS.contactKind, values: ordered(FILTERS.contactKind, CONTACT_KINDS) },
  ];
}
