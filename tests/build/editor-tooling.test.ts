/**
 * The editor's tools: `npm run new` writes entries the build's loader accepts, and refuses — writing
 * nothing — an entry that would make any file of the content invalid, with the build's messages;
 * `npm run check` names the file and the field; the JSON Schemas the editor is wired to (written by
 * Astro into .astro/collections/, hence a build-stage test) accept every content file and reject a wrong value.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, parseContentFile, type CollectionName } from '../../src/content/files';
import { formatProblem, loadContent } from '../../src/content/load';
import { schemas } from '../../src/content/schemas';

const work = mkdtempSync(join(tmpdir(), 'editor-tooling-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of content/ to work on. */
function contentCopy(name: string) {
  const content = join(work, name, 'content');
  cpSync('content', content, { recursive: true });
  return content;
}

/** Runs an npm script on other content, as an editor would run it. */
function npm(content: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', ...args], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const agreement = ['new', '--', 'agreement', '--title', 'Соглашение о сотрудничестве в области культуры', '--kind', 'соглашение',
  '--track', 'муниципальный', '--region', 'brest', '--year', '2025', '--status', 'действует',
  '--russia', 'Администрация города Астрахани', '--belarus', 'Брестский городской исполнительный комитет', '--slug', 'kultura-brest-2025',
  '--text', 'Заключено соглашение о сотрудничестве в области культуры между администрацией города Астрахани и Брестским городским исполнительным комитетом (2025 г.).'];
const contact = ['new', '--', 'contact', '--title', 'Визит в г. Брест', '--start', '2025-06-30', '--end', '2025-07-01',
  '--kind', 'визит в Беларусь', '--kind', 'подписание документов', '--venue', 'Республика Беларусь', '--place', 'г. Брест',
  '--region', 'brest', '--person', 'babushkin=Губернатор Астраханской области', '--signed', 'kultura-brest-2025',
  '--text', '30 июня – 1 июля 2025 г. визит в г. Брест, подписание соглашения о сотрудничестве в области культуры.'];

/** The content folder's files and their texts, to show that a refused entry changed nothing. */
const snapshot = (content: string) => globSync('**/*', { cwd: content, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath}/${entry.name}\n${readFileSync(join(entry.parentPath, entry.name), 'utf8')}`);

/** Runs `npm run new` expecting a refusal: exit code 1, nothing written; returns the output. */
function refused(content: string, args: string[]): string {
  const before = snapshot(content);
  const result = npm(content, ...args);
  expect(result.status, result.output).toBe(1);
  expect(result.output).toContain('Запись не создана');
  expect(snapshot(content)).toEqual(before);
  return result.output;
}

describe('npm run new', () => {
  it('writes a document and a contact that the build\'s loader accepts, linked to each other', () => {
    const content = contentCopy('new');
    // As a new edition would bring them (npm run import): the entries quote statements of the briefing.
    const textOf = (args: string[]) => args[args.indexOf('--text') + 1];
    appendFileSync(join(content, 'editions/1.txt'), `\n· ${textOf(agreement)}\n· ${textOf(contact)}\n`);
    expect(npm(content, ...agreement).status).toBe(0);
    expect(npm(content, ...contact).status).toBe(0);
    expect(existsSync(join(content, 'agreements/kultura-brest-2025.md'))).toBe(true);
    expect(existsSync(join(content, 'chronology/2025/2025-06-30-vizit-brest.md'))).toBe(true);
    const { content: loaded, problems } = loadContent(content);
    expect(problems.map(formatProblem)).toEqual([]);
    const written = loaded.contacts.find((entry) => entry.id === '2025-06-30-vizit-brest')!;
    expect(written.data.signed.map((ref) => ref.id)).toEqual(['kultura-brest-2025']);
    expect(written.body).toBe('30 июня – 1 июля 2025 г. визит в г. Брест, подписание соглашения о сотрудничестве в области культуры.');
  });

  it('refuses a value the entry\'s text does not state, and writes it with the basis given after « | »', () => {
    const content = contentCopy('editorial');
    const seat = agreement.map((value) => (value === 'brest' ? 'minsk' : value));
    expect(refused(content, seat)).toMatch(/kultura-brest-2025\.md: поле «regions\[0\]»: «г\. Минск» справка не называет — сравнивалось с текстом записи «Заключено соглашение/);
    const withBasis = seat.map((value) => (value === 'minsk' ? 'minsk | по месту нахождения исполнительного комитета' : value));
    expect(npm(content, ...withBasis).status).toBe(0);
    const written = readFileSync(join(content, 'agreements/kultura-brest-2025.md'), 'utf8');
    expect(parseContentFile(written, 'kultura-brest-2025.md').data).toMatchObject({ regions: [{ value: 'minsk', basis: 'по месту нахождения исполнительного комитета' }] });
  });

  it('refuses a contact that names as signed a document of another year, naming the document\'s file', () => {
    const output = refused(contentCopy('signed-across-years'), contact.map((value) => (value === 'kultura-brest-2025' ? 'pravitelstva-2021' : value)));
    expect(output).toMatch(/agreements\/pravitelstva-2021\.md: поле «year»: ожидается 2025/);
  });

  it('refuses a document that replaces one which names another successor, or none', () => {
    const content = contentCopy('replaces');
    const output = refused(content, [...agreement, '--replaces', 'pravitelstva-2021']);
    expect(output).toMatch(/agreements\/pravitelstva-2021\.md: поле «replacedBy»/);
    const againstSuccessor = refused(content, [...agreement, '--replaces', 'pravitelstva-1999']);
    expect(againstSuccessor).toMatch(/agreements\/pravitelstva-1999\.md: поле «replacedBy»/);
  });

  it('refuses a bad date with the build’s message', () => {
    const output = refused(contentCopy('bad-date'), contact.map((value) => (value === '2025-06-30' ? '2025-02-30' : value)));
    const message = schemas.contacts.safeParse({ start: '2025-02-30' }).error!.issues.find((issue) => issue.path[0] === 'start')!.message;
    expect(output).toContain(`2025-02-30-vizit-brest.md: поле «start»: ${message}`);
  });

  it('refuses a document of two kinds', () => {
    const output = refused(contentCopy('two-kinds'), [...agreement, '--kind', 'договор']);
    expect(output).toMatch(/kultura-brest-2025\.md: поле «kind \(--kind\)»: у документа один вид/);
  });

  it('refuses a reference to a document that does not exist', () => {
    expect(refused(contentCopy('dangling'), contact)).toMatch(/2025-06-30-vizit-brest\.md: поле «signed\[0\]»: .*«kultura-brest-2025» не найден/);
  });
});

describe('npm run check', () => {
  it('names the file and the field of a malformed entry', () => {
    const content = contentCopy('check');
    const file = join(content, 'regions/brest.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^level: .*$/m, 'level: деревня'));
    const result = spawnSync('tsx', ['scripts/check.ts'], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/regions\/brest\.yaml: поле «level»: .*ожидалось одно из/);
  });
});

describe('the JSON Schemas the editor uses', () => {
  // JSONC: VS Code's settings may carry comments.
  const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;
  const schemaOf = (name: CollectionName) => {
    const path = `.astro/collections/${name}.schema.json`;
    expect(existsSync(path), `нет ${path}: его пишет astro build`).toBe(true);
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
  };

  it('are wired to the YAML collections and to the Markdown frontmatter', () => {
    expect(settings['astro.content-intellisense']).toBe(true);
    expect(settings['yaml.schemas']).toEqual({
      './.astro/collections/regions.schema.json': 'content/regions/*.yaml',
      './.astro/collections/people.schema.json': 'content/people/*.yaml',
    });
  });

  it.each(Object.keys(COLLECTIONS) as CollectionName[])('accept every file of %s', (name) => {
    const validate = schemaOf(name);
    const { folder, pattern } = COLLECTIONS[name];
    const files = globSync(pattern, { cwd: join('content', folder) });
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const path = join('content', folder, file);
      expect(validate(parseContentFile(readFileSync(path, 'utf8'), path).data), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('reject a value the build refuses', () => {
    expect(schemaOf('regions')({ name: 'г. Пинск', level: 'деревня', parent: 'brestskaya-oblast' })).toBe(false);
    expect(schemaOf('contacts')({ title: 'X', start: '2025-13-01', kinds: ['встреча'], venue: 'не указано', regions: ['belarus'] })).toBe(false);
  });
});
