/**
 * What a result shows above its excerpt, from the record's filters (its only data besides its words):
 * a badge with its kind, then its details — kind of document and status, year, region — and, for a
 * sector item, its place in the sector as its title.
 */
import { editorial, labels, search as text } from '../i18n/ru';
import { FILTERS, SECTIONS } from './filters';

export interface Card {
  badge: string;
  details: string;
  /** A title to show instead of the record's own (a sector item is named by its place: «Культура, пункт 6»). */
  title?: string;
}

const yearsLabel = (years: readonly string[]) => (years.length ? `${years.join(', ')} ${years.length > 1 ? 'гг.' : 'г.'}` : '');

export function cardOf(url: string, title: string, filters: Record<string, readonly string[] | undefined>): Card {
  const of = (name: string) => filters[name] ?? [];
  const [section = ''] = of(FILTERS.section);
  // A value only the editors' reading gives says so, as it is marked on the record's page.
  const marked = (name: string, byEditors: string) => of(name).map((value) => (of(byEditors).includes(value) ? editorial.search(value) : value));
  const regions = marked(FILTERS.region, FILTERS.regionByEditors).filter((region) => region !== title);
  const place = regions.length ? `${labels.regions}: ${regions.join(', ')}` : '';
  const details = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  switch (section) {
    case SECTIONS.agreement:
      return { badge: section, details: details([...of(FILTERS.kind), ...of(FILTERS.status)].join(', '), yearsLabel(of(FILTERS.year)), place) };
    case SECTIONS.contact:
      return { badge: section, details: details(marked(FILTERS.contactKind, FILTERS.contactKindByEditors).join(', '), place) };
    case SECTIONS.sector: {
      const item = /-(\d+)(?:-(\d+))?$/.exec(url.split('#')[1] ?? '');
      if (!item) return { badge: section, details: text.sectorSummary };
      const number = item[2] ? `${item[1]}.${item[2]}` : item[1]!;
      return { badge: section, details: details(yearsLabel(of(FILTERS.year)), place), title: text.itemTitle(of(FILTERS.sector)[0] ?? '', number) };
    }
    case SECTIONS.region:
    case SECTIONS.person:
      return { badge: section, details: place };
    default:
      return { badge: text.listKind, details: '' };
  }
}
