/**
 * Lists in pages of at most PAGE_SIZE rows: the register, the chronology, the indexes and the full lists
 * behind the aggregate pages. Page 1 keeps the list's address (`/agreements/`); page n is
 * `<address>page/<n>/`, so a filter (a year, a region) stays in every page's address. Static: each page
 * is a file of its own, with links to the first, previous, next and last pages.
 */

/**
 * Rows per page: 50, or PAGE_SIZE from the environment (the tests lower it to see pagination on small
 * content). One constant for every list, so that «1–50 из 3 412» means the same everywhere.
 */
export const PAGE_SIZE = pageSize(process.env['PAGE_SIZE']);

/** An aggregate page (a region, a person, a sector) shows this many latest records of a list longer than a page. */
export const LATEST = 10;

function pageSize(value: string | undefined): number {
  if (value === undefined || value === '') return 50;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`PAGE_SIZE: ожидается целое число строк на странице (1 и больше), а не «${value}»`);
  return Number(value);
}

/** One page of a list. */
export interface Page<T> {
  /** The rows on this page. */
  rows: T[];
  /** 1, 2, … */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** The first and last row on this page, counted from 1, and how many rows the list has. */
  first: number;
  last: number;
  total: number;
  /** The address of any page of the same list. */
  href: (number: number) => string;
}

/** The address of page `number` of the list at `base` (which ends with «/»). */
export const pageHref = (base: string, number: number): string => (number === 1 ? base : `${base}page/${number}/`);

/** The rest parameter of page `number` in a route `…/[...page].astro`: none for page 1. */
export const pageParam = (number: number): string | undefined => (number === 1 ? undefined : `page/${number}`);

/** A list cut into pages; an empty list is one empty page (its address still shows the list's heading). */
export function paginate<T>(rows: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(rows.length / size));
  return Array.from({ length: count }, (_, index) => ({
    rows: rows.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    first: Math.min(rows.length, index * size + 1),
    last: Math.min(rows.length, (index + 1) * size),
    total: rows.length,
    href: (number: number) => pageHref(base, number),
  }));
}

/** getStaticPaths entries for every page of a list: `params` with its page parameter, and the page as a prop. */
export const pagePaths = <T, P extends Record<string, string>, X extends object = object>(rows: readonly T[], base: string, params: P, props?: X) =>
  paginate(rows, base).map((page) => ({ params: { ...params, page: pageParam(page.number) }, props: { ...props, page } as X & { page: Page<T> } }));

/** Whether a list is longer than one page: an aggregate page then shows its latest rows and links to the list. */
export const overflows = (rows: readonly unknown[]): boolean => rows.length > PAGE_SIZE;
