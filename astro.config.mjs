// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dirname, join, resolve } from 'node:path';
import pagefind from './src/integrations/pagefind.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { typesetProse } from './src/format/typeset-prose.ts';

// No call out: Astro's anonymous telemetry is off for this project (every command reads this config
// before it would send anything), so a build, a check or a test opens no connection beyond the machine.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Other content (CONTENT_DIR: test and benchmark builds) gets a cache of its own beside it,
// so that two content folders never share parsed entries.
const contentDir = process.env.CONTENT_DIR;

// The published origin, for canonical URLs, the sitemap and the full addresses in data files. Without it
// the site writes no origin it was not given: no canonical URL or sitemap, and paths instead of addresses.
const origin = process.env.SITE_URL;
/** Says in the build log that SITE_URL is not set and what is left out for it. @type {import('astro').AstroIntegration} */
const originNotice = {
  name: 'site-url',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command === 'build' && !origin)
        logger.warn('SITE_URL не задан: нет канонических адресов, og:url, sitemap и ленты RSS, в данных — пути вместо полных адресов. Для публикации задайте SITE_URL=https://…');
    },
  },
};

export default defineConfig({
  ...(origin && { site: origin }),
  // BASE_PATH serves the site under a sub-path such as /astrakhan-belarus/.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  ...(contentDir && { cacheDir: join(dirname(resolve(contentDir)), '.astro-cache') }),
  // Two content files with one id (or two pages with one URL) stop the build instead of overwriting.
  prerenderConflictBehavior: 'error',
  // Styles in files, not in every page: a reader's browser keeps them from page to page, and at 10,000
  // entries the site is ~50 MB smaller (3 KB of <style> and its CSP hashes a page). Lighthouse stays 100.
  // Two pages at a time: while one page's file is written (its folder made, the file opened, written,
  // closed: each a wait on the disk), the next one renders. One at a time, the build's main thread sat
  // idle for ~40% of the page phase; at 10,000 entries this phase took 22–38 s one at a time and
  // 22–30 s two at a time on this project's 2-core machine, with the same files, byte for byte.
  build: { inlineStylesheets: 'never', concurrency: 2 },
  // No code blocks in the content; Shiki's inline styles would need 'unsafe-inline'.
  // The prose pages (content/pages/*.mdx) get the Russian typography of the rest of the site.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [typesetProse] }) },
  integrations: [mdx(), ...(origin ? [sitemap()] : [originNotice]), pagefind()],
  experimental: { contentIntellisense: true },
  // A strict Content-Security-Policy in every page's <meta>: scripts and styles only from this site or
  // by hash, nothing from other origins; the search page adds 'wasm-unsafe-eval' for its index.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
