/**
 * The lists behind the aggregate pages — a region's documents, contacts, items and people, a person's
 * appearances, a sector's items, documents and contacts — and where a sector's item is. An aggregate
 * page shows a list whole while it fits one page; a longer one it shows by its latest rows and links
 * to the full list, paginated at `/<section>/<id>/<list>/`.
 */
import type { Content, SectorItem } from '../content/relations';
import { PAGE_SIZE, LATEST, pageHref } from './pagination';
import { href, sectorHref } from './urls';

/** Every list of each aggregate page, in the order it shows them. */
export const LISTS = {
  regions: ['documents', 'contacts', 'items', 'people'],
  people: ['appearances'],
  sectors: ['items', 'documents', 'contacts'],
} as const;

export type Section = keyof typeof LISTS;
export type ListName = (typeof LISTS)[Section][number];

const regionLists = (content: Content, id: string) => {
  const about = content.about(id);
  return { documents: about.agreements, contacts: [...about.contacts].reverse(), items: about.items, people: about.people };
};
const personLists = (content: Content, id: string) => ({ appearances: content.appearancesOf(id) });
const sectorLists = (content: Content, id: string) => ({ items: content.itemsOf(id), documents: content.agreementsOf(id), contacts: content.contactsOf(id) });

/** The rows of an aggregate page's lists, each in the order the page shows it. */
export function listsOf(content: Content, section: 'regions', id: string): ReturnType<typeof regionLists>;
export function listsOf(content: Content, section: 'people', id: string): ReturnType<typeof personLists>;
export function listsOf(content: Content, section: 'sectors', id: string): ReturnType<typeof sectorLists>;
export function listsOf(content: Content, section: Section, id: string): Partial<Record<ListName, readonly unknown[]>>;
export function listsOf(content: Content, section: Section, id: string) {
  return section === 'regions' ? regionLists(content, id) : section === 'people' ? personLists(content, id) : sectorLists(content, id);
}

/** The address of an aggregate page's full list. */
export const listHref = (section: Section, id: string, list: ListName): string => href(section, id, list);

/**
 * What an aggregate page shows of a list: all of it while it fits a page, else its latest rows — the
 * last of a list in date order, the first of one newest first (or of one in no date order: people).
 */
export const shownOf = <T>(rows: readonly T[], latestFirst = false): readonly T[] =>
  rows.length <= PAGE_SIZE ? rows : latestFirst ? rows.slice(0, LATEST) : rows.slice(-LATEST);

/** The lists shown newest first, or in an order other than by date. */
export const LATEST_FIRST: ReadonlySet<`${Section}.${ListName}`> = new Set(['regions.contacts', 'regions.people']);

/**
 * Where a sector's item is: its anchor on the sector's page while the sector's items fit one page,
 * else on the page of the sector's full list of items that holds it. Anchors are «<sector>-<n>» and
 * «<sector>-<n>-<m>» for a sub-item of item n.
 */
export function itemHref(content: Pick<Content, 'itemsOf'>, item: SectorItem): string {
  const { id } = item.sector;
  if (content.itemsOf(id).length <= PAGE_SIZE) return `${sectorHref(id)}#${item.anchor}`;
  const position = Number(item.anchor.slice(id.length + 1).split('-')[0]);
  return `${pageHref(listHref('sectors', id, 'items'), Math.ceil(position / PAGE_SIZE))}#${item.anchor}`;
}
