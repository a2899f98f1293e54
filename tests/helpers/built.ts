/**
 * The production build the build tests and the browser tests read: `npm run build:base` writes the site
 * as published, under a base path and with its origin (SITE_URL), into dist-base/. Both values are read
 * from that script, so the tests follow it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['build:base'] ?? '';
const setting = (name: string) => {
  const value = new RegExp(`${name}=(\\S+)`).exec(script)?.[1];
  if (!value) throw new Error(`package.json: в скрипте build:base нет ${name}=…`);
  return value;
};

export const DIST = /--outDir (\S+)/.exec(script)?.[1] ?? 'dist-base';
/** The base path, with both slashes: /astrakhan-belarus/. */
export const BASE = setting('BASE_PATH');
/** The origin the build is given: https://example.org. */
export const ORIGIN = setting('SITE_URL');

/**
 * The built file a site path or a full address serves, as a static server would (a folder serves its
 * index.html), or undefined when there is none. `dir` and `base` name another build.
 */
export function fileFor(address: string, dir = DIST, base = BASE): string | undefined {
  const path = decodeURIComponent(new URL(address, 'http://site').pathname);
  if (!path.startsWith(base)) return undefined;
  const local = join(dir, path.slice(base.length));
  if (existsSync(local) && statSync(local).isFile()) return local;
  const index = join(local, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The text of a built file by its path below the base: '' (home), 'agreements/', 'data/agreements.json'. */
export function read(path: string, dir = DIST): string {
  const file = fileFor(BASE + path, dir);
  if (!file) throw new Error(`нет файла ${dir}/${path}: сначала npm run build:base`);
  return readFileSync(file, 'utf8');
}

/** The site path of a page below the base, as the pages link it: href('agreements/') → /astrakhan-belarus/agreements/. */
export const href = (path: string) => BASE + path;

const attribute = /\s(?:href|src)="([^"]*)"/g;
const ids = /\sid="([^"]+)"/g;

/**
 * The internal links and #fragments of a built page that resolve to no built file or no element id;
 * `page` is the file's path below `dir`.
 */
export function brokenLinks(page: string, dir = DIST, base = BASE): string[] {
  const source = join(dir, page);
  const html = readFileSync(source, 'utf8');
  const self = `${base}${page.replace(/index\.html$/, '')}`;
  const broken: string[] = [];
  for (const [, raw] of html.matchAll(attribute)) {
    const link = raw!.replaceAll('&amp;', '&');
    if (/^(https?:|mailto:|data:)/.test(link)) continue; // absolute URLs: canonical and Open Graph (checked in seo.test.ts)
    const url = new URL(link, `http://site${self}`);
    if (!url.pathname.startsWith(base)) {
      broken.push(`${link} (вне ${base})`);
      continue;
    }
    const target = url.pathname === self ? source : fileFor(url.pathname, dir, base);
    if (!target) broken.push(`${link} (нет файла)`);
    else if (url.hash && !new Set([...readFileSync(target, 'utf8').matchAll(ids)].map((match) => match[1]!)).has(decodeURIComponent(url.hash.slice(1))))
      broken.push(`${link} (нет якоря)`);
  }
  return broken;
}
