/**
 * A link checker over the built HTML: every internal link and #fragment resolves to a built file and
 * an element id, under the base path. (The same check runs on a build at the root in fixture-site.test.ts.)
 */
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, brokenLinks } from '../helpers/built';

describe(`${DIST}/`, () => {
  it.each(globSync('**/*.html', { cwd: DIST }).sort())('%s: every internal link and fragment resolves', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });
});
