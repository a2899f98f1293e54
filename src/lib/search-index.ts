/**
 * What each indexed page tells Pagefind: its section, filters (names as DESIGN.md fixes them),
 * result metadata and sort keys. Pages pass this to the layout, which writes the attributes.
 */
import type { AgreementEntry, ContactEntry, PersonEntry, RegionEntry, SectorEntry, Site } from './site';
import { formatDateRange } from './dates';

export const FILTERS = {
  section: 'Раздел',
  year: 'Год',
  region: 'Регион',
  sector: 'Направление',
  kind: 'Вид документа',
} as const;

export const SECTIONS = {
  agreement: 'Документ',
  contact: 'Контакт',
  sector: 'Направление',
  region: 'Регион',
  person: 'Персона',
} as const;

export interface SearchRecord {
  filters: Partial<Record<(typeof FILTERS)[keyof typeof FILTERS], (string | number)[]>>;
  meta: Record<string, string>;
  sort?: Record<string, string>;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const unique = <T>(values: T[]) => [...new Set(values)].sort();

/** Oblast-level names of the units referred to: a city rolls up to its oblast, the republic stays itself. */
const regionNames = (site: Site, refs: readonly { id: string }[]) => unique(refs.map(({ id }) => site.oblastOf(id).data.name));

export function agreementRecord(site: Site, entry: AgreementEntry): SearchRecord {
  const { year, period, kind, status, regions, title } = entry.data;
  return {
    filters: {
      [FILTERS.section]: [SECTIONS.agreement],
      // A plan carries the year it was adopted and every year of its period.
      [FILTERS.year]: unique([year, ...(period ? range(period.from, period.to) : [])]),
      [FILTERS.region]: regionNames(site, regions),
      [FILTERS.sector]: site.sectorsOf(entry.id).map((sector) => sector.data.title),
      [FILTERS.kind]: [kind],
    },
    meta: { title, kind: `${SECTIONS.agreement}: ${kind}, ${status}`, date: String(year) },
    sort: { year: String(year), date: `${year}-01-01` },
  };
}

export function contactRecord(site: Site, entry: ContactEntry): SearchRecord {
  const { title, start, end, regions, sectors, kinds } = entry.data;
  return {
    filters: {
      [FILTERS.section]: [SECTIONS.contact],
      [FILTERS.year]: site.contactYears(entry),
      [FILTERS.region]: regionNames(site, regions),
      [FILTERS.sector]: sectors.map(({ id }) => site.sector.get(id)!.data.title),
    },
    meta: { title, kind: `${SECTIONS.contact}: ${kinds[0]}`, date: formatDateRange(start, end) },
    sort: { year: start.slice(0, 4), date: start },
  };
}

export function sectorRecord(site: Site, entry: SectorEntry): SearchRecord {
  const facts = site.sectorFacts.filter((item) => item.sector.id === entry.id).map(({ fact }) => fact);
  return {
    filters: {
      [FILTERS.section]: [SECTIONS.sector],
      [FILTERS.year]: unique(facts.flatMap((fact) => [...fact.years, ...(fact.since ? [fact.since] : [])])),
      [FILTERS.region]: regionNames(site, facts.flatMap((fact) => fact.regions)),
      [FILTERS.sector]: [entry.data.title],
    },
    meta: { title: entry.data.title, kind: SECTIONS.sector },
  };
}

export function regionRecord(site: Site, entry: RegionEntry): SearchRecord {
  return {
    filters: { [FILTERS.section]: [SECTIONS.region], [FILTERS.region]: regionNames(site, [entry]) },
    meta: { title: entry.data.name, kind: SECTIONS.region },
  };
}

export function personRecord(site: Site, entry: PersonEntry): SearchRecord {
  const appearances = site.appearancesOf(entry.id);
  return {
    filters: {
      [FILTERS.section]: [SECTIONS.person],
      [FILTERS.year]: unique(appearances.flatMap(({ contact, sectorFact }) => (contact ? site.contactYears(contact) : (sectorFact?.fact.years ?? [])))),
      [FILTERS.region]: entry.data.region ? regionNames(site, [entry.data.region]) : [],
    },
    meta: { title: entry.data.name, kind: `${SECTIONS.person}: ${appearances.at(-1)?.role ?? entry.data.country}` },
  };
}
