/** The real content, loaded once per test file with the build's schemas and rules. */
import { loadContent } from '../../src/content/load';
import { relate } from '../../src/content/relations';
import { readEditions } from '../../src/editions';

export const { content, problems } = loadContent('content');

/** The real content with every relation, as the pages see it. */
export const related = relate(content, readEditions('content').editions);

/** Every sector item, top-level and sub-items, with the sector it belongs to. */
export const items = content.sectors.flatMap((sector) =>
  sector.data.items.flatMap((parent) => [parent, ...parent.subitems].map((item) => ({ sector, item }))),
);

/** Every stored text that quotes the source: documents' and contacts' bodies and sector items. */
export const quotations: { where: string; text: string }[] = [
  ...content.agreements.map((entry) => ({ where: entry.filePath, text: entry.body })),
  ...content.contacts.map((entry) => ({ where: entry.filePath, text: entry.body })),
  ...items.map(({ sector, item }) => ({ where: `${sector.filePath}: «${item.text.slice(0, 40)}…»`, text: item.text })),
];
