/**
 * A link checker over the built HTML: every internal link and #fragment resolves to a built file and
 * an element id, at the root (dist/) and under the base path (dist-base/).
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SITES = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-base', base: '/astrakhan-belarus/' },
];

const attribute = /\s(?:href|src)="([^"]*)"/g;
const ids = /\sid="([^"]+)"/g;

describe.each(SITES)('$dir/', ({ dir, base }) => {
  const pages = globSync('**/*.html', { cwd: dir });
  const idsOf = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, 'utf8').matchAll(ids)].map((match) => match[1]!)));
    return idsOf.get(file)!;
  };
  /** The built file a site path serves, as a static server would: a folder serves its index.html. */
  const fileFor = (path: string) => {
    const local = join(dir, decodeURIComponent(path.slice(base.length)));
    if (existsSync(local) && statSync(local).isFile()) return local;
    const index = join(local, 'index.html');
    return existsSync(index) ? index : undefined;
  };

  it.each(pages.sort())('%s: every internal link and fragment resolves', (page) => {
    const source = join(dir, page);
    const html = readFileSync(source, 'utf8');
    const self = `${base}${page.replace(/index\.html$/, '')}`;
    const broken: string[] = [];
    for (const [, raw] of html.matchAll(attribute)) {
      const link = raw!.replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|data:)/.test(link)) continue; // absolute URLs: canonical and Open Graph (checked elsewhere)
      const url = new URL(link, `http://site${self}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${link} (вне ${base})`);
        continue;
      }
      const target = url.pathname === self ? source : fileFor(url.pathname);
      if (!target) broken.push(`${link} (нет файла)`);
      else if (url.hash && !idsIn(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${link} (нет якоря)`);
    }
    expect(broken).toEqual([]);
  });
});
