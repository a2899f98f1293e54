/** The pages of the built site: every URL of the sitemap, and one page of each kind. */
import { readFileSync, readdirSync } from 'node:fs';
import { BASE, DIST } from '../helpers/built';

/** Paths (relative to the base) of every page the sitemap of a build lists. */
export function sitemapPaths(dir = DIST, base = BASE): string[] {
  const files = readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const locs = files.flatMap((file) => [...readFileSync(`${dir}/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
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
  'search-results': 'search/?q=%D0%92%D0%B8%D1%82%D0%B5%D0%B1%D1%81%D0%BA&%D0%A0%D0%B0%D0%B7%D0%B4%D0%B5%D0%BB=%D0%94%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82',
  'not-found': 'no-such-page/',
};
