// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dirname, join, resolve } from 'node:path';
import pagefind from './src/integrations/pagefind.ts';

// Other content (CONTENT_DIR: test and benchmark builds) gets a cache of its own beside it,
// so that two content folders never share parsed entries.
const contentDir = process.env.CONTENT_DIR;

export default defineConfig({
  // The published origin, for canonical URLs and the sitemap; set SITE_URL when publishing.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // BASE_PATH serves the site under a sub-path such as /astrakhan-belarus/.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  ...(contentDir && { cacheDir: join(dirname(resolve(contentDir)), '.astro-cache') }),
  // Two content files with one id (or two pages with one URL) stop the build instead of overwriting.
  prerenderConflictBehavior: 'error',
  // No code blocks in the content; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), sitemap(), pagefind()],
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
