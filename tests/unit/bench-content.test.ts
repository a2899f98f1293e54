/** The benchmark's synthetic content is valid: the schemas and the cross-entry rules find nothing to report. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate.ts';
import { formatProblem, loadContent } from '../../src/content/load';

const work = mkdtempSync(join(tmpdir(), 'bench-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench/generate.ts', () => {
  const root = join(work, 'content');
  const counts = generateContent(root, { size: 600, seed: 7 });
  const { content, problems } = loadContent(root);

  it('writes content that passes every schema and cross-entry rule', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('writes as many entries as asked, in the planned proportions', () => {
    const loaded = Object.fromEntries(Object.entries(content).map(([name, entries]) => [name, entries.length]));
    expect(loaded).toEqual(counts);
    expect(Object.values(loaded).reduce((sum: number, count) => sum + count, 0)).toBe(600);
  });

  it('is the same for the same seed', () => {
    const again = join(work, 'again');
    generateContent(again, { size: 600, seed: 7 });
    const reloaded = loadContent(again).content;
    expect(reloaded.contacts.map((entry) => entry.data)).toEqual(content.contacts.map((entry) => entry.data));
  });
});
