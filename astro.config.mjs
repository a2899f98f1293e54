// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dirname, join, resolve } from 'node:path';

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
  integrations: [mdx(), sitemap()],
});
