import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionName } from './content/schemas';
import { contentDir, idFromPath } from './content/folder';

/**
 * Files of one collection; the id is the file name. Two files with one name (in two year folders,
 * say) stop the build: Astro would silently keep one of them when both have the same text.
 */
function loader(name: CollectionName) {
  const base = join(contentDir, name);
  const pathOf = new Map<string, string>();
  const generateId = ({ entry }: { entry: string }) => {
    const id = idFromPath(entry);
    const first = pathOf.get(id);
    if (first && first !== entry && existsSync(join(base, first)))
      throw new Error(`${join(base, entry)}: поле «id (имя файла)»: ожидается уникальное имя файла, а «${id}» уже есть: ${join(base, first)}`);
    pathOf.set(id, entry);
    return id;
  };
  return glob({ base, pattern: collectionSpecs[name].pattern, generateId });
}

export const collections = {
  regions: defineCollection({ loader: loader('regions'), schema: collectionSpecs.regions.schema }),
  people: defineCollection({ loader: loader('people'), schema: collectionSpecs.people.schema }),
  agreements: defineCollection({ loader: loader('agreements'), schema: collectionSpecs.agreements.schema }),
  sectors: defineCollection({ loader: loader('sectors'), schema: collectionSpecs.sectors.schema }),
  chronology: defineCollection({ loader: loader('chronology'), schema: collectionSpecs.chronology.schema }),
};
