/** Site-internal URLs, always under the configured base path and with a trailing slash. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const href = (...segments: (string | number)[]): string =>
  segments.length === 0 ? base : `${base}${segments.join('/')}/`;

/** A file served as is (no trailing slash): `spravka.txt`, `sitemap-index.xml`. */
export const fileHref = (path: string): string => `${base}${path}`;

export const agreementHref = (id: string) => href('agreements', id);
export const contactHref = (id: string) => href('chronology', id);
export const sectorHref = (id: string) => href('sectors', id);
export const regionHref = (id: string) => href('regions', id);
export const personHref = (id: string) => href('people', id);
