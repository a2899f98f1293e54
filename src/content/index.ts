/**
 * The content as pages see it: the collections Astro loaded, checked across entries, with every
 * relation between them (src/content/relations.ts). Pages and components ask this, nothing else.
 */
import { getCollection } from 'astro:content';
import { relate, type Content } from './relations';
import { assertContent } from './rules';
import { contentDir, strayFiles } from './files';
import { editionProblems } from '../editions/coverage';
import { readEditions } from '../editions';

async function load(): Promise<Content> {
  const [regions, people, agreements, sectors, contacts] = await Promise.all([
    getCollection('regions'),
    getCollection('people'),
    getCollection('agreements'),
    getCollection('sectors'),
    getCollection('contacts'),
  ]);
  const collections = { regions, people, agreements, sectors, contacts };
  // A file no collection loads is refused with the rest: nothing under content/ is silently left out.
  const editions = readEditions(contentDir);
  assertContent(collections, [...strayFiles(contentDir), ...editionProblems(contentDir, collections, editions)]);
  return relate(collections, editions.editions);
}

let cached: Promise<Content> | undefined;

/** The content, loaded and checked once per build (on every request in dev, so edits show at once). */
export const getContent = (): Promise<Content> => (import.meta.env.DEV ? load() : (cached ??= load()));

export type { AgreementEntry, Appearance, ContactEntry, Content, EventLink, ItemWithSubitems, PersonEntry, Quoting, RegionEntry, SectorEntry, SectorItem } from './relations';
