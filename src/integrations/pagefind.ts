/**
 * Builds the search index as the last step of `astro build`: the search records the site wrote to
 * search/records.json go to Pagefind's Node API, their words to search/words.json (the vocabulary the
 * search page checks queries against), and the records file is removed from the published site.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from '../search/records';
import { buildVocabulary } from '../search/vocabulary';

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const recordsFile = join(outDir, 'search', 'records.json');
        const started = performance.now();
        try {
          const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          // Sent all at once, not each after the reply to the one before (5,000 round trips took 0.6 s of
          // 1.7): Pagefind's service (1.6, pagefind/src/service/mod.rs) handles its messages one by one in
          // the order sent, so the index is the same, byte for byte.
          await Promise.all(records.map(async (record) => {
            const { filters, title, text, url, date } = record;
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
          const writing = index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          // The vocabulary is made while Pagefind writes its index in its own process.
          const vocabulary = JSON.stringify(buildVocabulary(records.map((record) => record.text)));
          const written = await writing;
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          await writeFile(join(outDir, 'search', 'words.json'), vocabulary);
          await rm(recordsFile);
          // The benchmark (bench/build.ts) reads the time from this line.
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`записей в индексе: ${records.length} за ${seconds} с`);
        } finally {
          // The index runs in a service process of its own; the build must not wait on it.
          await close();
        }
      },
    },
  };
}
