/** The collections: the briefing's five, each read from its folder of `content/` by the shared loader and validated by its schema; and the site's prose pages. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './content/files';
import { folderLoader } from './content/loader';
import { schemas } from './content/schemas';
import { pageSchema } from './content/schemas/page';

export const collections = {
  regions: defineCollection({ loader: folderLoader('regions'), schema: schemas.regions }),
  people: defineCollection({ loader: folderLoader('people'), schema: schemas.people }),
  agreements: defineCollection({ loader: folderLoader('agreements'), schema: schemas.agreements }),
  sectors: defineCollection({ loader: folderLoader('sectors'), schema: schemas.sectors }),
  contacts: defineCollection({ loader: folderLoader('contacts'), schema: schemas.contacts }),
  // The site's own prose (not the briefing's): MDX the editors keep, rendered by Astro.
  pages: defineCollection({ loader: glob({ base: join(contentDir, 'pages'), pattern: '*.mdx' }), schema: pageSchema }),
};
