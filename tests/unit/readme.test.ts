/** The README's example files are valid content, so an editor can copy them as they are. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/content/load';
import { collectionSpecs } from '../../src/content/schemas';

const readme = readFileSync('README.md', 'utf8');
const example = (heading: string) => {
  const section = readme.slice(readme.indexOf(`### ${heading}`));
  const block = /```md\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block, `README: нет примера в разделе «${heading}»`).toBeDefined();
  return parseContentFile(block!, 'example.md').data;
};

describe('README examples', () => {
  it('the example document passes the document schema', () => {
    expect(collectionSpecs.agreements.schema.safeParse(example('Adding a document')).error?.issues ?? []).toEqual([]);
  });

  it('the example contact passes the contact schema', () => {
    expect(collectionSpecs.chronology.schema.safeParse(example('Adding a contact')).error?.issues ?? []).toEqual([]);
  });
});
