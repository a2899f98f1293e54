/**
 * The content folder read and checked without Astro — the same files, schemas and cross-entry rules as
 * the build — for `npm run check`, `npm run new` and the tests.
 */
import { COLLECTIONS, readCollection, type CollectionName } from './files';
import { schemas } from './schemas';
import { checkContent, formatProblem, type Problem } from './rules';
import type { Collections } from './relations';

/** Collections as read from disk: every entry with its path and its Markdown body ('' for YAML). */
export type LoadedCollections = { [N in keyof Collections]: (Collections[N][number] & { filePath: string; body: string })[] };

export interface LoadResult {
  content: LoadedCollections;
  problems: Problem[];
}

/** Loads every collection from `root`, returning schema and cross-entry problems rather than throwing. */
export function loadContent(root: string): LoadResult {
  const problems: Problem[] = [];
  const content = {} as Record<CollectionName, { id: string; filePath: string; body: string; data: unknown }[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    content[name] = readCollection(root, name).flatMap(({ id, filePath, data, body }) => {
      const result = schemas[name].safeParse(data);
      if (result.success) return [{ id, filePath, data: result.data, body }];
      for (const issue of result.error.issues) problems.push({ file: filePath, field: issue.path.join('.') || '(файл)', expected: issue.message });
      return [];
    });
  }
  const collections = content as LoadedCollections;
  problems.push(...checkContent(collections));
  return { content: collections, problems };
}

export { formatProblem };
