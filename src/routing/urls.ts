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

/** A site path as a full address when the published origin is known (SITE_URL), else the path itself: no origin is invented. */
export const addressOf = (path: string, origin: URL | undefined): string => (origin ? new URL(path, origin).href : path);
