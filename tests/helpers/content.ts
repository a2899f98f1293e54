/** The real content, loaded once per test file with the build's schemas and rules. */
import { loadContent } from '../../src/content/load';
import type { Fact } from '../../src/content/schemas/sector';

export const { content, problems } = loadContent('content');

/** Every sector item, top-level and sub-items, with the sector it belongs to. */
export const facts = content.sectors.flatMap((sector) =>
  sector.data.facts.flatMap((fact: Fact) => [fact, ...fact.items].map((item) => ({ sector, item }))),
);

/** Every stored text that quotes the source: documents' and contacts' bodies and sector items. */
export const quotations: { where: string; text: string }[] = [
  ...content.agreements.map((entry) => ({ where: entry.filePath, text: entry.body })),
  ...content.chronology.map((entry) => ({ where: entry.filePath, text: entry.body })),
  ...facts.map(({ sector, item }) => ({ where: `${sector.filePath}: «${item.text.slice(0, 40)}…»`, text: item.text })),
];
