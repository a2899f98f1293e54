import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionName } from './schemas';
import { contentDir, idFromPath } from './lib/paths';

const define = <N extends CollectionName>(name: N) =>
  defineCollection({
    loader: glob({ base: `${contentDir}/${name}`, pattern: collectionSpecs[name].pattern, generateId: ({ entry }) => idFromPath(entry) }),
    schema: collectionSpecs[name].schema,
  });

export const collections = {
  regions: define('regions'),
  people: define('people'),
  agreements: define('agreements'),
  sectors: define('sectors'),
  chronology: define('chronology'),
};
