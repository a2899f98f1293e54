/**
 * Every schema rule has a bad-input fixture in tests/fixtures/invalid/<collection>/; each fixture
 * names, in a `# field:` comment, the field its error must point at.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/content/schemas';
import type { CollectionName } from '../../src/content/files';
import { parseContentFile } from '../../src/content/files';

const root = 'tests/fixtures/invalid';
const fixtures = globSync('*/*.{md,yaml}', { cwd: root }).sort();

describe('bad input is refused with the field named', () => {
  it('has fixtures for every collection', () => {
    const covered = new Set(fixtures.map((path) => path.split('/')[0]));
    expect([...covered].sort()).toEqual(Object.keys(schemas).sort());
  });

  it.each(fixtures)('%s', (fixture) => {
    const path = join(root, fixture);
    const source = readFileSync(path, 'utf8');
    const field = /# field: (\S+)/.exec(source)?.[1];
    expect(field, 'в фикстуре нет комментария «# field: …»').toBeDefined();
    const schema = schemas[fixture.split('/')[0] as CollectionName];
    const result = schema.safeParse(parseContentFile(source, path).data);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
    const issue = issues.find((candidate) => candidate.field === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message, 'сообщение должно быть по-русски').toMatch(/[а-яё]{4}/i);
  });
});
