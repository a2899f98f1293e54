// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Where the site is published; BASE_PATH serves it under a sub-path such as /astrakhan-belarus/.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Two content files with one id (or two pages with one URL) stop the build instead of overwriting.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
});
