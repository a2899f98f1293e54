/**
 * Builds the search index while the pages render: the site's search records (the /search/records.json
 * route) are rendered first, as soon as Astro knows the pages to build, and go to Pagefind's Node API,
 * which indexes them and writes dist/pagefind/ in a process of its own, on the core the page rendering
 * leaves idle. Their words go to search/words.json (the vocabulary the search page checks queries
 * against). The records route itself is never written to the published site. The build ends only when
 * the index is complete.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from '../search/records';
import { buildVocabulary } from '../search/vocabulary';

/** The route whose response is the search records (src/pages/search/records.json.ts). */
const RECORDS = '/search/records.json';

/** Indexes the records into `outDir`/pagefind and writes their vocabulary; resolves to the seconds it took. */
async function indexRecords(records: readonly SearchRecord[], outDir: string): Promise<number> {
  const started = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Sent all at once, not each after the reply to the one before (5,000 round trips took 0.6 s of
  // 1.7): Pagefind's service (1.6, pagefind/src/service/mod.rs) handles its messages one by one in
  // the order sent, so the index is the same, byte for byte.
  const adding = Promise.all(records.map(async ({ filters, title, text, url, date }) => {
    const added = await index.addCustomRecord({
      url,
      content: text,
      language: 'ru',
      // Pagefind searches metadata too: the title is the only one, and it is the record's own words.
      meta: { title },
      filters: filters as Record<string, string[]>,
      ...(date && { sort: { date } }),
    });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${url}: ${added.errors.join('; ')}`);
  }));
  // The vocabulary is made while Pagefind indexes in its own process.
  const vocabulary = async () => {
    await mkdir(join(outDir, 'search'), { recursive: true });
    await writeFile(join(outDir, 'search', 'words.json'), JSON.stringify(buildVocabulary(records.map((record) => record.text))));
  };
  await Promise.all([adding, vocabulary()]);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  return (performance.now() - started) / 1000;
}

export default function pagefind(): AstroIntegration {
  let outDir = '';
  let indexing: Promise<{ records: number; seconds: number }> | undefined;

  /** Astro's prerenderer, but the records are rendered, and their indexing started, before any page. */
  const indexingFirst = (prerenderer: AstroPrerenderer): AstroPrerenderer => ({
    ...prerenderer,
    name: 'pagefind',
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      const route = paths.find(({ pathname }) => pathname === RECORDS)?.route;
      if (!route) throw new Error(`Pagefind: нет маршрута ${RECORDS}, из которого строится индекс поиска`);
      const rendered = await prerenderer.render(new Request(new URL(RECORDS, 'http://localhost')), { routeData: route });
      const records = (await (rendered instanceof Response ? rendered : rendered.response).json()) as SearchRecord[];
      indexing = indexRecords(records, outDir).then((seconds) => ({ records: records.length, seconds }));
      // A failure is reported where the build waits for the index (astro:build:done), not as it happens.
      indexing.catch(() => {});
      return paths.filter((path) => path.route !== route);
    },
  });

  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(indexingFirst),
      'astro:build:done': async ({ logger }) => {
        const waited = performance.now();
        try {
          if (!indexing) throw new Error('Pagefind: индекс поиска не строился');
          const { records, seconds } = await indexing;
          // The benchmark (bench/build.ts) reads both times from this line.
          const wait = ((performance.now() - waited) / 1000).toFixed(2);
          logger.info(`записей в индексе: ${records} за ${seconds.toFixed(2)} с, пока строились страницы; сборка ждала индекс ${wait} с`);
        } finally {
          // The index runs in a service process of its own; the build must not wait on it.
          await close();
        }
      },
    },
  };
}
