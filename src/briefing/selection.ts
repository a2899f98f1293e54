/**
 * A dossier's selection — one region (with the units under it), some sectors, some years — and the one
 * rule that decides what belongs to it. Pure, so that the build (the static dossiers, the Word files)
 * and the briefing page's script (a reader's choice in the browser) apply the same rule.
 */
import { briefing as text, editorial, nouns } from '../i18n/ru';
import { countOf } from '../format/typography';

/** What a reader chose; an empty list, or no region, means all. */
export interface Selection {
  region?: string | undefined;
  sectors: readonly string[];
  years: readonly number[];
}

/** What an entry is about, as the selection reads it. */
export interface Facets {
  /** The units it concerns, with every unit above them but the republic; the republic only where it is named itself. */
  units: readonly string[];
  /** Of those units, the ones it concerns only by the editors' reading (an organisation's seat, a city's oblast). */
  byEditors: readonly string[];
  sectors: readonly string[];
  years: readonly number[];
}

export const EVERYTHING: Selection = { sectors: [], years: [] };

const some = <T>(chosen: readonly T[], own: readonly T[]) => chosen.length === 0 || own.some((value) => chosen.includes(value));

/** Whether an entry belongs to the selection. */
export const selected = (facets: Facets, selection: Selection): boolean =>
  (!selection.region || facets.units.includes(selection.region)) && some(selection.sectors, facets.sectors) && some(selection.years, facets.years);

/** The selection in a URL's query: `?region=mogilevskaya-oblast&sector=kultura&year=2023&year=2024`. */
export function selectionToQuery(selection: Selection): string {
  const params = new URLSearchParams();
  if (selection.region) params.set('region', selection.region);
  for (const sector of selection.sectors) params.append('sector', sector);
  for (const year of [...selection.years].sort((a, b) => a - b)) params.append('year', String(year));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A query read back; values the page does not offer are dropped. */
export function selectionFromQuery(query: string, known: { regions: readonly string[]; sectors: readonly string[]; years: readonly number[] }): Selection {
  const params = new URLSearchParams(query);
  const region = params.get('region') ?? undefined;
  return {
    region: region && known.regions.includes(region) ? region : undefined,
    sectors: params.getAll('sector').filter((sector) => known.sectors.includes(sector)),
    years: params.getAll('year').map(Number).filter((year) => known.years.includes(year)),
  };
}

/** Years as a reader writes them: «2023–2025 гг.» for a run, «2019, 2021 гг.» otherwise, «2024 г.» for one. */
export function yearsLabel(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length === 1) return text.oneYear(sorted[0]!);
  const run = sorted.every((year, index) => index === 0 || year === sorted[index - 1]! + 1);
  return run ? text.yearRun(sorted[0]!, sorted.at(-1)!) : text.yearList(sorted);
}

/** How many documents, contacts and items (an item with its sub-items) a dossier holds. */
export interface Tally {
  agreements: number;
  contacts: number;
  items: number;
}

export interface Counts extends Tally {
  /** Of those, the ones in a region's dossier only by the editors' reading. */
  byEditors: Tally;
}

/** Counts the entries a selection keeps, each of a kind with its facets; in `byEditors` too where the chosen region is one of its units only by the editors' reading. */
export function countSelected(entries: Iterable<{ kind: keyof Tally; facets: Facets }>, selection: Selection): Counts {
  const counts: Counts = { agreements: 0, contacts: 0, items: 0, byEditors: { agreements: 0, contacts: 0, items: 0 } };
  for (const { kind, facets } of entries) {
    counts[kind]++;
    if (selection.region && facets.byEditors.includes(selection.region)) counts.byEditors[kind]++;
  }
  return counts;
}

/** What share of counts only the editors' reading gives: «из них по данным редакции: документов — 6, пунктов — 12»; '' for none. */
export const editorialShare = ({ agreements, contacts, items }: Tally): string =>
  editorial.ofWhich([[agreements, nouns.document], [contacts, nouns.contact], [items, nouns.item]]);

/**
 * The line that says what a dossier holds: «Могилёвская область, 2023–2025 гг.: 7 документов,
 * 10 контактов, 14 пунктов (из них по данным редакции: документов — 2)»; `names` gives a region's and a sector's name.
 */
export function selectionLine(selection: Selection, counts: Counts, names: { region: (id: string) => string; sector: (id: string) => string }): string {
  const parts = [
    selection.region ? names.region(selection.region) : text.allRegions,
    ...(selection.sectors.length ? [text.sectorsChosen(selection.sectors.map(names.sector))] : []),
    ...(selection.years.length ? [yearsLabel(selection.years)] : []),
  ];
  const found = [countOf(counts.agreements, nouns.document), countOf(counts.contacts, nouns.contact), countOf(counts.items, nouns.item)];
  const share = editorialShare(counts.byEditors);
  return `${parts.join(', ')}: ${found.join(', ')}${share ? ` (${share})` : ''}`;
}
