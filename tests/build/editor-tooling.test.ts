/**
 * The editor's tools: `npm run new` writes entries that build, and refuses bad values with the build's
 * messages; `npm run check` names the file and the field; the JSON Schemas the editor is wired to
 * accept every content file and reject a wrong value.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/content/load';
import { collectionSpecs, type CollectionName } from '../../src/content/schemas';

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
  '--russia', 'Администрация города', '--belarus', 'Брестский городской исполнительный комитет', '--slug', 'kultura-brest-2025',
  '--text', 'Заключено соглашение о сотрудничестве в области культуры.'];
const contact = ['new', '--', 'contact', '--title', 'Визит в г. Брест', '--start', '2025-06-30', '--end', '2025-07-01',
  '--kind', 'визит в Беларусь', '--kind', 'подписание документов', '--venue', 'Республика Беларусь', '--place', 'г. Брест',
  '--region', 'brest', '--person', 'babushkin=Губернатор Астраханской области', '--signed', 'kultura-brest-2025',
  '--text', '30 июня – 1 июля 2025 г. визит в г. Брест.'];

describe('npm run new', () => {
  it('writes a document and a contact that pass the build', () => {
    const content = contentCopy('new');
    expect(npm(content, ...agreement).status).toBe(0);
    expect(npm(content, ...contact).status).toBe(0);
    const written = join(content, 'chronology/2025/2025-06-30-vizit-brest.md');
    expect(existsSync(join(content, 'agreements/kultura-brest-2025.md'))).toBe(true);
    expect(existsSync(written)).toBe(true);

    const dist = join(work, 'new', 'dist');
    const build = spawnSync('astro', ['build', '--outDir', dist], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const page = readFileSync(join(dist, 'agreements/kultura-brest-2025/index.html'), 'utf8');
    expect(page).toContain('href="/chronology/2025-06-30-vizit-brest/"');
    expect(existsSync(join(dist, 'chronology/2025-06-30-vizit-brest/index.html'))).toBe(true);
  });

  it('refuses a bad date with the build’s message, and writes nothing', () => {
    const content = contentCopy('bad-date');
    const result = npm(content, ...contact.map((value) => (value === '2025-06-30' ? '2025-02-30' : value)));
    const message = collectionSpecs.chronology.schema.safeParse({ start: '2025-02-30' }).error!.issues.find((issue) => issue.path[0] === 'start')!.message;
    expect(result.status).toBe(1);
    expect(result.output).toContain(`2025-02-30-vizit-brest.md: поле «start»: ${message}`);
    expect(globSync('chronology/*/2025-02-30-*', { cwd: content })).toEqual([]);
  });

  it('refuses a reference to a document that does not exist', () => {
    const result = npm(contentCopy('dangling'), ...contact);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/2025-06-30-vizit-brest\.md: поле «signed\[0\]»: .*«kultura-brest-2025» не найден/);
  });
});

describe('npm run check', () => {
  it('names the file and the field of a malformed entry', () => {
    const content = contentCopy('check');
    const file = join(content, 'regions/brest.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^level: .*$/m, 'level: деревня'));
    const result = spawnSync('tsx', ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
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
    return new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(path, 'utf8')));
  };

  it('are wired to the YAML collections and to the Markdown frontmatter', () => {
    expect(settings['astro.content-intellisense']).toBe(true);
    expect(settings['yaml.schemas']).toEqual({
      './.astro/collections/regions.schema.json': 'content/regions/*.yaml',
      './.astro/collections/people.schema.json': 'content/people/*.yaml',
    });
  });

  it.each(Object.keys(collectionSpecs) as CollectionName[])('accept every file of %s', (name) => {
    const validate = schemaOf(name);
    for (const file of globSync(collectionSpecs[name].pattern, { cwd: join('content', name) })) {
      const path = join('content', name, file);
      expect(validate(parseContentFile(readFileSync(path, 'utf8'), path).data), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('reject a value the build refuses', () => {
    expect(schemaOf('regions')({ name: 'г. Пинск', level: 'деревня', parent: 'brestskaya-oblast' })).toBe(false);
    expect(schemaOf('chronology')({ title: 'X', start: '2025-13-01', kinds: ['встреча'], venue: 'не указано', regions: ['belarus'] })).toBe(false);
  });
});
