/**
 * Reads and validates the content folder without Astro, with the same schemas and the same
 * cross-entry rules as the build: for the tests and for editor tooling.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collectionSpecs, type CollectionName } from './schemas';
import { checkContent, formatProblem, type ContentSet, type Problem } from './rules';
import { idFromPath } from './folder';

// As Astro reads YAML (js-yaml): an unquoted 2024-05-20 is a date, not a string, and fails a date field.
const readYaml = (text: string): unknown => parse(text, { customTags: ['timestamp'] });

/** A content file split into its YAML data (frontmatter for Markdown) and its Markdown body. */
export function parseContentFile(source: string, path: string): { data: unknown; body: string } {
  if (!path.endsWith('.md')) return { data: readYaml(source), body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${path}: ожидается YAML-заголовок между строками «---»`);
  return { data: readYaml(match[1] ?? ''), body: (match[2] ?? '').trim() };
}

/** An entry as read from disk: always with its path, and with its Markdown body ('' for YAML). */
type Loaded<T> = T & { filePath: string; body: string };

export interface LoadResult {
  content: { [N in CollectionName]: Loaded<ContentSet[N][number]>[] };
  problems: Problem[];
}

/** Loads every collection from `root`, returning schema and cross-entry problems rather than throwing. */
export function loadContent(root: string): LoadResult {
  const problems: Problem[] = [];
  const content = {} as Record<CollectionName, Loaded<{ id: string; data: unknown }>[]>;
  for (const [name, spec] of Object.entries(collectionSpecs) as [CollectionName, (typeof collectionSpecs)[CollectionName]][]) {
    const folder = join(root, name);
    content[name] = globSync(spec.pattern, { cwd: folder })
      .sort()
      .flatMap((relative) => {
        const filePath = join(folder, relative);
        const { data, body } = parseContentFile(readFileSync(filePath, 'utf8'), filePath);
        const result = spec.schema.safeParse(data);
        if (result.success) return [{ id: idFromPath(relative), filePath, data: result.data, body }];
        for (const issue of result.error.issues)
          problems.push({ file: filePath, field: issue.path.join('.') || '(файл)', expected: issue.message });
        return [];
      });
  }
  const set = content as LoadResult['content'];
  problems.push(...checkContent(set));
  return { content: set, problems };
}

export { formatProblem };
