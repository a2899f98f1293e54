// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { dirname, join, resolve } from 'node:path';

// Other content (CONTENT_DIR: test and benchmark builds) gets a cache of its own beside it,
// so that two content folders never share parsed entries.
const contentDir = process.env.CONTENT_DIR;

export default defineConfig({
  // Where the site is published; BASE_PATH serves it under a sub-path such as /astrakhan-belarus/.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  ...(contentDir && { cacheDir: join(dirname(resolve(contentDir)), '.astro-cache') }),
  // Two content files with one id (or two pages with one URL) stop the build instead of overwriting.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
});
