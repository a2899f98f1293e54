/**
 * The Astro loader of a collection: the same files as `readCollection` reads, validated by the
 * collection's schema through Astro (its errors name the file and the field), reread in dev on change.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS, contentDir, readCollection, type CollectionName } from './files';

export function folderLoader(name: CollectionName): Loader {
  return {
    name: `content-folder:${name}`,
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      // Astro keeps entries' paths relative to the project, even for a content folder outside it (CONTENT_DIR).
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        for (const file of readCollection(contentDir, name)) {
          const data = await parseData({ id: file.id, data: file.data as Record<string, unknown>, filePath: file.filePath });
          store.set({ id: file.id, data, body: file.body, filePath: relative(root, resolve(file.filePath)), digest: generateDigest(file.source) });
        }
      };
      await sync();
      const folder = resolve(contentDir, COLLECTIONS[name].folder);
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (resolve(path).startsWith(folder)) void sync();
      });
    },
  };
}
