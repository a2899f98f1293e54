/** The pages of the built site: every URL of the sitemap, and one page of each kind. */
import { readFileSync, readdirSync } from 'node:fs';

/** Paths (relative to the base) of every page the sitemap lists. */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const locs = files.flatMap((file) => [...readFileSync(`dist/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  return locs.map((loc) => new URL(loc).pathname.slice(base.length)).sort();
}

/** One page of each kind, for the checks that are too slow to run on every page. */
export const pageKinds: Record<string, string> = {
  home: '',
  register: 'agreements/',
  'register-year': 'agreements/year/2023/',
  'register-region': 'agreements/region/mogilevskaya-oblast/',
  agreement: 'agreements/pravitelstva-2021/',
  sectors: 'sectors/',
  sector: 'sectors/obrazovanie/',
  chronology: 'chronology/',
  'chronology-year': 'chronology/2024/',
  contact: 'chronology/2024-10-27-vizit-mogilevskoy-delegatsii/',
  regions: 'regions/',
  region: 'regions/mogilevskaya-oblast/',
  people: 'people/',
  person: 'people/babushkin/',
  about: 'about/',
  search: 'search/',
  'not-found': 'no-such-page/',
};
