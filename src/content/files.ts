/**
 * The content folder on disk: which files each collection holds, and how a file reads — with js-yaml
 * and the front-matter rule Astro's own loaders use, so that the build, `npm run check`, `npm run new`
 * and the tests read every file alike.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { YAMLException, load as parseYaml } from 'js-yaml';
import { formatProblem, type Problem } from './problems';
import { LIMITS, textProblem } from './schemas/common';

/** The content folder: `content/` unless CONTENT_DIR names another (tests and benchmarks build other content). */
export const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** Where each collection lives under the content folder, and its files. */
export const COLLECTIONS = {
  regions: { folder: 'regions', pattern: '*.yaml', text: false },
  people: { folder: 'people', pattern: '*.yaml', text: false },
  // `text`: the briefing's words for the entry follow the header, and must.
  agreements: { folder: 'agreements', pattern: '*.md', text: true },
  // A sector's items are all in its header: text after it would be published nowhere.
  sectors: { folder: 'sectors', pattern: '*.md', text: false },
  // The chronology's contacts, in one folder per year: chronology/2024/2024-05-20-….md
  contacts: { folder: 'chronology', pattern: '*/*.md', text: true },
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

/** The other files of the content folder: the site's prose pages and the briefing's editions (texts, list, import reports). */
const OTHER_FILES = ['pages/*.mdx', 'editions/*.txt', 'editions/editions.yaml', 'editions/*.report.md'];

/** A file name (an entry's id and the last part of its address): lower-case Latin letters, digits, single hyphens. */
export const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1251 = new TextDecoder('windows-1251');

/** Where UTF-8 decoding of bytes first fails: the byte's offset, or -1 when all of them are UTF-8. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return at;
    for (let next = 1; next < length; next++) if (((bytes[at + next] ?? 0) & 0xc0) !== 0x80) return at;
    at += length;
  }
  return -1;
}

/**
 * A file's text, which must be UTF-8. A file in another encoding is refused saying so: Windows-1251
 * when the whole file reads as Russian words in it, else the line of the first byte that is not UTF-8.
 */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return utf8.decode(bytes);
  } catch {
    const hasUtf8Cyrillic = /[\u0400-\u04FF]/.test(new TextDecoder('utf-8').decode(bytes));
    const readsAs1251 = (cp1251.decode(bytes).match(/[А-яЁё]{3,}/g) ?? []).length >= 3;
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
    throw new UnreadableFile({
      file: path,
      expected: !hasUtf8Cyrillic && readsAs1251
        ? 'ожидается файл в кодировке UTF-8, а он, похоже, в Windows-1251: сохраните его в UTF-8'
        : `ожидается файл в кодировке UTF-8, а в строке ${line} байт 0x${bytes[at]!.toString(16).toUpperCase()} — не UTF-8: сохраните файл в UTF-8`,
    });
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
  const body = source.replace(frontMatter[0], '').trim();
  // The text after the header is the entry's text: checked as the schemas check theirs.
  const problem = textProblem(body, { multiline: true, max: LIMITS.text });
  if (problem) throw new UnreadableFile({ file: path, field: 'текст', expected: problem });
  return { data: parseYamlAt(frontMatter[1]!, path, firstLine) ?? {}, body };
}

/** One file of a collection read from its text as the build reads it; what is wrong throws an `UnreadableFile`. */
export function entryOf(name: CollectionName, filePath: string, source: string): ContentFile {
  const id = idFromPath(filePath);
  if (!FILE_NAME.test(id))
    throw new UnreadableFile({ file: filePath, field: 'имя файла', expected: 'ожидается имя из строчных латинских букв, цифр и дефисов, например pobratimstvo-brest-2025' });
  const file = { id, filePath, ...parseContentFile(source, filePath), source };
  if (filePath.endsWith('.md') && COLLECTIONS[name].text !== (file.body !== ''))
    throw new UnreadableFile({
      file: filePath,
      field: 'текст',
      expected: COLLECTIONS[name].text ? 'ожидается текст справки после заголовка' : 'ожидается только заголовок: текст после него нигде не публикуется, перенесите его в items',
    });
  return file;
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
    .flatMap((relativePath) => {
      const filePath = join(base, relativePath);
      try {
        const first = seen.get(idFromPath(relativePath));
        if (first) throw new UnreadableFile({ file: filePath, field: 'id (имя файла)', expected: `ожидается уникальное имя файла, а «${idFromPath(relativePath)}» уже есть: ${first}` });
        seen.set(idFromPath(relativePath), filePath);
        const file = entryOf(name, filePath, readText(filePath));
        // A draft (the import's, for the editor to finish) is not an entry yet: draftsIn lists it.
        return isDraft(file) ? [] : [file];
      } catch (error) {
        if (!(error instanceof UnreadableFile) || !skip) throw error;
        skip(error);
        return [];
      }
    });
}

/**
 * Files of the content folder that no collection loads — a contact outside a year folder, `.yml` for
 * `.yaml`, `.MD`, a stray note — each refused by name: nothing under content/ is silently left out.
 * Hidden files (a name starting with «.») are not content.
 */
export function strayFiles(root: string): Problem[] {
  const known = new Set(
    [...Object.values(COLLECTIONS).map(({ folder, pattern }) => join(folder, pattern)), ...OTHER_FILES].flatMap((pattern) => globSync(pattern, { cwd: root })),
  );
  const expected = [...Object.values(COLLECTIONS).map(({ folder, pattern }) => `${folder}/${pattern}`), ...OTHER_FILES].join(', ');
  return globSync('**/*', { cwd: root, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !known.has(path))
    .sort()
    .map((path) => ({ file: join(root, path), expected: `файл не относится ни к одному разделу содержимого: ожидаются ${expected}` }));
}

const isDraft = (file: ContentFile) => (file.data as { draft?: unknown } | null)?.draft === true;

/** The contacts the import drafted and the editor has not finished (`draft: true`): their files and texts. */
export function draftsIn(root: string): { file: string; text: string }[] {
  const base = join(root, COLLECTIONS.contacts.folder);
  return globSync(COLLECTIONS.contacts.pattern, { cwd: base })
    .sort()
    .flatMap((path) => {
      const filePath = join(base, path);
      try {
        const file = entryOf('contacts', filePath, readText(filePath));
        return isDraft(file) ? [{ file: filePath, text: file.body }] : [];
      } catch {
        return []; // an unreadable file is reported where the collection is read
      }
    });
}
