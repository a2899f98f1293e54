// What each built page costs a reader, compressed as nginx sends it: the HTML, the stylesheets it
// links, and its JavaScript (script files, module preloads and inline scripts; JSON-LD is data).
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The level deploy/nginx.conf compresses at (gzip_comp_level). */
export const GZIP_LEVEL = 6;

export const gzipBytes = (data) => gzipSync(data, { level: GZIP_LEVEL }).length;

/**
 * Pages that carry a script by design (DESIGN.md: search and the print button are the only scripts):
 * the search page, the sector summaries and the whole briefing with their «Печать» button.
 */
export const SCRIPTED = /^(search|briefing|sectors\/[^/]+)\/index\.html$/;

/** Every HTML page of a built site with its gzip bytes of HTML, CSS and JS. */
export function pageWeights(siteDir, base = '/') {
  const files = new Map();
  const fileBytes = (url) => {
    const path = join(siteDir, url.slice(base.length));
    if (!files.has(path)) files.set(path, gzipBytes(readFileSync(path)));
    return files.get(path);
  };
  return globSync('**/*.html', { cwd: siteDir })
    .sort()
    .map((page) => {
      const html = readFileSync(join(siteDir, page), 'utf8');
      const attributes = (pattern) => [...html.matchAll(pattern)].map((match) => match[1]);
      const css = attributes(/<link rel="stylesheet" href="([^"]+)"/g).reduce((sum, url) => sum + fileBytes(url), 0);
      const scriptFiles = [...attributes(/<script[^>]* src="([^"]+)"/g), ...attributes(/<link rel="modulepreload" href="([^"]+)"/g)];
      const inline = [...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('');
      const js = scriptFiles.reduce((sum, url) => sum + fileBytes(url), 0) + (inline ? gzipBytes(inline) : 0);
      return { page, html: gzipBytes(html), css, js };
    });
}
