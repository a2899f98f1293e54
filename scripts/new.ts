/**
 * `npm run new -- agreement …` or `npm run new -- contact …`: writes a new content file from flags.
 * The entry is checked first with the build's schemas and cross-entry rules, with the content as it is:
 * if adding it would make any file of the content invalid — the new one or another, such as a document
 * it names as signed in another year — every such problem is printed with the build's message (file,
 * field, what was expected) and nothing is written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { COLLECTIONS, contentDir } from '../src/content/files';
import { loadContent, schemaProblems } from '../src/content/load';
import { checkContent, referencesHold } from '../src/content/rules';
import { unstatedProblems } from '../src/content/stated';
import { readEditions } from '../src/editions';
import { formatProblem, type Problem } from '../src/content/problems';
import { schemas } from '../src/content/schemas';
import { yearOf } from '../src/format/dates';
import { slugify } from '../src/format/slug';

const USAGE = `Создание записи:
  npm run new -- agreement --title "…" --kind соглашение --track региональный --region mogilevskaya-oblast \\
    --year 2025 --status действует [--russia "…"]… [--belarus "…"]… [--period 2025-2027] [--implements id] \\
    [--replaces id] [--slug имя-файла] --text "Текст справки о документе"
  npm run new -- contact --title "…" --start 2025-10-01 [--end 2025-10-03] --kind "визит в Беларусь"… \\
    --venue "Республика Беларусь" [--place "г. Минск"] --region minsk… [--person "babushkin=Губернатор Астраханской области"]… \\
    [--signed id]… [--related id]… [--sector id]… [--slug имя] --text "Текст справки о контакте"
Флаги с «…» можно повторять. Значение, которого справка не называет (регион по месту нахождения
организации, сторона участника, место, вид, направление контакта), пишется с основанием редакции после
« | »: --region "minsk | по месту нахождения БГУИР (г. Минск)". Значения проверяются теми же правилами,
что и при сборке сайта, в том числе правилом «значение есть в тексте записи или у него есть основание».`;

const flags = {
  title: { type: 'string' },
  text: { type: 'string' },
  slug: { type: 'string' },
  region: { type: 'string', multiple: true },
  // Documents
  kind: { type: 'string', multiple: true },
  track: { type: 'string' },
  year: { type: 'string' },
  status: { type: 'string' },
  russia: { type: 'string', multiple: true },
  belarus: { type: 'string', multiple: true },
  period: { type: 'string' },
  implements: { type: 'string' },
  replaces: { type: 'string' },
  // Contacts
  start: { type: 'string' },
  end: { type: 'string' },
  venue: { type: 'string' },
  place: { type: 'string' },
  person: { type: 'string', multiple: true },
  signed: { type: 'string', multiple: true },
  related: { type: 'string', multiple: true },
  sector: { type: 'string', multiple: true },
  help: { type: 'boolean' },
} as const;

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

/** Numbers stay numbers so that the schema can say what is wrong with them; anything else is passed as typed. */
const numberOr = (value: string | undefined) => (value !== undefined && /^-?\d+$/.test(value) ? Number(value) : value);

/** «2025-2027» → { from: 2025, to: 2027 }; anything else is passed on for the schema to refuse. */
const periodOf = (value: string | undefined) => {
  if (value === undefined) return undefined;
  const [from, to] = value.split(/[-–]/).map((part) => numberOr(part.trim()));
  return { from, to };
};

/** «значение | основание» → { value, basis } (the editors' reading); a value alone stays as it is. */
const editorialOf = (value: string) => {
  const [plain, ...basis] = value.split(' | ');
  return basis.length ? { value: plain!.trim(), basis: basis.join(' | ').trim() } : value;
};
const editorialList = (values: readonly string[] | undefined) => (values ?? []).map(editorialOf);
const editorialValue = (value: string | undefined) => (value === undefined ? undefined : editorialOf(value));

/** «id=должность» → { person, role }. */
const participantOf = (value: string) => {
  const [person, ...role] = value.split('=');
  return { person: person?.trim(), role: role.join('=').trim() };
};

let parsed;
try {
  parsed = parseArgs({ options: flags, allowPositionals: true });
} catch (error) {
  fail([`Ошибка в флагах: ${(error as Error).message}`, '', USAGE]);
}
const { values, positionals } = parsed;
const [kind] = positionals;
if (values.help || (kind !== 'agreement' && kind !== 'contact')) fail([USAGE]);

// The entry's data in the order of the existing files; absent values are left out.
const data: Record<string, unknown> =
  kind === 'agreement'
    ? {
        title: values.title,
        kind: values.kind?.[0],
        track: editorialValue(values.track),
        parties: { russia: editorialList(values.russia), belarus: editorialList(values.belarus) },
        regions: editorialList(values.region),
        year: numberOr(values.year),
        period: periodOf(values.period),
        status: values.status,
        replaces: values.replaces,
        implements: values.implements,
      }
    : {
        title: values.title,
        start: values.start,
        end: values.end,
        kinds: editorialList(values.kind),
        venue: editorialValue(values.venue),
        place: values.place,
        regions: editorialList(values.region),
        people: (values.person ?? []).map(participantOf),
        signed: editorialList(values.signed),
        related: values.related ?? [],
        sectors: editorialList(values.sector),
      };
for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];

const collection = kind === 'agreement' ? 'agreements' : 'contacts';
const start = typeof values.start === 'string' ? values.start : '';
const name = values.slug ?? (kind === 'agreement' ? `${slugify(values.title ?? '')}-${values.year ?? ''}` : `${start}-${slugify(values.title ?? '')}`);
// Contacts go in the folder of their year.
const base = join(contentDir, COLLECTIONS[collection].folder);
const folder = kind === 'agreement' ? base : join(base, String(yearOf(start)));
const file = join(folder, `${name}.md`);

const problems: Problem[] = [];
const problem = (field: string, expected: string) => problems.push({ file, field, expected });
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) problem('id (имя файла)', 'ожидается имя из латинских букв, цифр и дефисов: задайте --slug');
if (!values.text?.trim()) problem('текст (--text)', 'ожидается текст справки о записи');
if (kind === 'agreement' && (values.kind?.length ?? 0) > 1) problem('kind (--kind)', 'у документа один вид: укажите --kind один раз');

const result = schemas[collection].safeParse(data);
if (!result.success) problems.push(...schemaProblems(file, result.error.issues));

// The cross-entry rules, run on the content with the new entry in it: every problem it brings, in any
// file, refuses it (problems the content already had are not the new entry's).
if (result.success && problems.length === 0) {
  const { content, problems: before, readable } = loadContent(contentDir);
  if (!readable) fail(['Запись не создана: сначала исправьте файлы, которые не читаются:', ...before.map(formatProblem)]);
  const existing = content[collection].find((entry) => entry.id === name);
  if (existing) problem('id (имя файла)', `ожидается уникальное имя файла, а «${name}» уже есть: ${existing.filePath}`);
  const entry = { id: name, filePath: file, data: result.data, body: values.text ?? '' };
  (content[collection] as (typeof entry)[]).push(entry);
  const known = new Set(before.map(formatProblem));
  // The rule of the editors' marks reads the entry's own text: a value it does not state needs its basis.
  const statements = readEditions(contentDir).editions.at(-1)?.statements ?? [];
  const found = [...checkContent(content), ...(referencesHold(content) ? unstatedProblems(content, statements) : [])];
  problems.push(...found.filter((one) => !known.has(formatProblem(one))));
}
if (problems.length > 0) fail(['Запись не создана:', ...problems.map(formatProblem)]);

// Quoted strings, as in the existing files: a YAML reader must not turn «2025-10-01» into a date.
const frontmatter = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
mkdirSync(dirname(file), { recursive: true });
if (existsSync(file)) fail([formatProblem({ file, field: 'id (имя файла)', expected: 'такой файл уже есть' })]);
writeFileSync(file, `---\n${frontmatter}---\n\n${values.text!.trim()}\n`);
console.log(`Создан файл ${relative(process.cwd(), file)}. Проверьте содержимое: npm run check`);
