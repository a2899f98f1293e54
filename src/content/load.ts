/**
 * The content folder read and checked without Astro — the same files, schemas and cross-entry rules as
 * the build — for `npm run check`, `npm run new` and the tests.
 */
import { COLLECTIONS, readCollection, strayFiles, type CollectionName, type UnreadableFile } from './files';
import { schemas } from './schemas';
import { checkContent } from './rules';
import { editionProblems } from '../editions/coverage';
import { formatProblem, schemaProblems, type Problem } from './problems';
import type { Collections } from './relations';

/** Collections as read from disk: every entry with its path and its Markdown body ('' for YAML). */
export type LoadedCollections = { [N in keyof Collections]: (Collections[N][number] & { filePath: string; body: string })[] };

export interface LoadResult {
  content: LoadedCollections;
  problems: Problem[];
  /** Whether every file could be read (and so the cross-entry rules were run). */
  readable: boolean;
}

/**
 * Loads every collection from `root`, returning problems rather than throwing: every file that cannot
 * be read (YAML, front matter, a repeated name) and every schema problem; the cross-entry rules only
 * when every file could be read, since a missing file would make every reference to it look wrong.
 */
export function loadContent(root: string): LoadResult {
  const problems: Problem[] = strayFiles(root);
  let unreadable = 0;
  const skip = ({ problem }: UnreadableFile) => {
    unreadable++;
    problems.push(problem);
  };
  const content = {} as Record<CollectionName, { id: string; filePath: string; body: string; data: unknown }[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    content[name] = readCollection(root, name, skip).flatMap(({ id, filePath, data, body }) => {
      const result = schemas[name].safeParse(data);
      if (result.success) return [{ id, filePath, data: result.data, body }];
      problems.push(...schemaProblems(filePath, result.error.issues));
      return [];
    });
  }
  const collections = content as LoadedCollections;
  // The cross-entry rules and the briefing's edition, once every file reads.
  if (unreadable === 0) problems.push(...checkContent(collections), ...editionProblems(root, collections));
  return { content: collections, problems, readable: unreadable === 0 };
}

export { formatProblem, schemaProblems };
