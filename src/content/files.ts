/**
 * The content folder on disk: which files each collection holds, and how a file reads — with js-yaml
 * and the front-matter rule Astro's own loaders use, so that the build, `npm run check`, `npm run new`
 * and the tests read every file alike.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLException, load as parseYaml } from 'js-yaml';
import { formatProblem, type Problem } from './problems';

/** The content folder: `content/` unless CONTENT_DIR names another (tests and benchmarks build other content). */
export const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** Where each collection lives under the content folder, and its files. */
export const COLLECTIONS = {
  regions: { folder: 'regions', pattern: '*.yaml' },
  people: { folder: 'people', pattern: '*.yaml' },
  agreements: { folder: 'agreements', pattern: '*.md' },
  sectors: { folder: 'sectors', pattern: '*.md' },
  // The chronology's contacts, in one folder per year: chronology/2024/2024-05-20-….md
  contacts: { folder: 'chronology', pattern: '*/*.md' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** One file of a collection as read: its id (the file name), its path, its YAML data and its Markdown body. */
export interface ContentFile {
  id: string;
  filePath: string;
  data: unknown;
  body: string;
  /** The file's text, for change detection. */
  source: string;
}

/** Entry ids are file names, so URLs stay `/<section>/<file-name>/` whatever the sub-folder. */
export const idFromPath = (path: string): string => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

// Astro's front-matter rule: a block between two «---» lines at the very start (after a BOM or blank lines).
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** A file that cannot be read as an entry, with the problem that says why (and where, for YAML). */
export class UnreadableFile extends Error {
  constructor(readonly problem: Problem) {
    super(formatProblem(problem));
  }
}

/** YAML text as data; a syntax error names the file, the line and the column (counted in the whole file). */
function parseYamlAt(text: string, path: string, firstLine: number): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new UnreadableFile({ file: `${path}:${error.mark.line + firstLine}:${error.mark.column + 1}`, expected: `ошибка YAML: ${error.reason}` });
  }
}

/** A content file's YAML data (the front matter of Markdown) and its Markdown body; an error names the file. */
export function parseContentFile(source: string, path: string): { data: unknown; body: string } {
  if (!path.endsWith('.md')) return { data: parseYamlAt(source, path, 1), body: '' };
  const frontMatter = FRONT_MATTER.exec(source);
  if (!frontMatter) throw new UnreadableFile({ file: path, expected: 'ожидается YAML-заголовок между строками «---» в начале файла' });
  const firstLine = source.slice(0, frontMatter.index + frontMatter[0].indexOf(frontMatter[1]!)).split('\n').length;
  return { data: parseYamlAt(frontMatter[1]!, path, firstLine) ?? {}, body: source.replace(frontMatter[0], '').trim() };
}

/**
 * Every file of a collection under `root`, in path order. Two files with one name (in two year folders,
 * say) are refused: one id would silently hide the other. A file that cannot be read stops the reading,
 * unless `skip` takes it (`npm run check` reports every such file and goes on).
 */
export function readCollection(root: string, name: CollectionName, skip?: (unreadable: UnreadableFile) => void): ContentFile[] {
  const { folder, pattern } = COLLECTIONS[name];
  const base = join(root, folder);
  const seen = new Map<string, string>();
  return globSync(pattern, { cwd: base })
    .sort()
    .flatMap((relative) => {
      const filePath = join(base, relative);
      const id = idFromPath(relative);
      try {
        const first = seen.get(id);
        if (first) throw new UnreadableFile({ file: filePath, field: 'id (имя файла)', expected: `ожидается уникальное имя файла, а «${id}» уже есть: ${first}` });
        seen.set(id, filePath);
        const source = readFileSync(filePath, 'utf8');
        return [{ id, filePath, ...parseContentFile(source, filePath), source }];
      } catch (error) {
        if (!(error instanceof UnreadableFile) || !skip) throw error;
        skip(error);
        return [];
      }
    });
}
