// What each built page costs a reader, compressed as nginx sends it: the HTML, the stylesheets it
// links, and its JavaScript (script files, module preloads and inline scripts; JSON-LD is data).
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The level deploy/nginx.conf compresses at (gzip_comp_level). */
export const GZIP_LEVEL = 6;

export const gzipBytes = (data: string | Buffer): number => gzipSync(data, { level: GZIP_LEVEL }).length;

/**
 * Pages that carry a script by design (search and the print button are the site's only scripts):
 * the search page, and the pages people print with their «Печать» button — the sector summaries, the
 * whole briefing and its parts, the region dossiers and the region pages that offer them.
 */
export const SCRIPTED = /^(search|briefing(\/.+)?|sectors\/[^/]+|regions\/[^/]+)\/index\.html$/;

/** One built page (its path under the site) and its gzip bytes of HTML, CSS and JS. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
}

/** Every HTML page of a built site with its gzip bytes of HTML, CSS and JS. */
export function pageWeights(siteDir: string, base = '/'): PageWeight[] {
  const files = new Map<string, number>();
  const fileBytes = (url: string): number => {
    const path = join(siteDir, url.slice(base.length));
    let bytes = files.get(path);
    if (bytes === undefined) {
      bytes = gzipBytes(readFileSync(path));
      files.set(path, bytes);
    }
    return bytes;
  };
  return globSync('**/*.html', { cwd: siteDir })
    .sort()
    .map((page) => {
      const html = readFileSync(join(siteDir, page), 'utf8');
      // Each pattern's group 1 always takes part in its match.
      const attributes = (pattern: RegExp): string[] => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
      const css = attributes(/<link rel="stylesheet" href="([^"]+)"/g).reduce((sum, url) => sum + fileBytes(url), 0);
      const scriptFiles = [...attributes(/<script[^>]* src="([^"]+)"/g), ...attributes(/<link rel="modulepreload" href="([^"]+)"/g)];
      const inline = attributes(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g).join('');
      const js = scriptFiles.reduce((sum, url) => sum + fileBytes(url), 0) + (inline ? gzipBytes(inline) : 0);
      return { page, html: gzipBytes(html), css, js };
    });
}
