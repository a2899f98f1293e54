/**
 * A new edition of the briefing, end to end, as an editor takes it in: the next edition made from the
 * current one (tests/helpers/next-edition.ts) as text and as a Word file; `npm run import` writes the
 * edition, the drafts and the report — the same for both files, line by line as expected, and nothing
 * outside the content folder or on a second run; until the content follows the edition the check and
 * the build fail naming each statement and file; completed as an editor would, the site builds, and
 * «Что изменилось», the entries' pages, the feed and the open data tell readers what changed.
 * One file, so that its builds run one after another, as the build lock wants.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/load';
import { LEFT_FOR_EDITOR } from '../../src/editions/drafts';
import { readEditions } from '../../src/editions';
import { keyOf, partOf, readStatements } from '../../src/editions/statements';
import { nextEdition, nextEditionDocx } from '../helpers/next-edition';

const work = mkdtempSync(join(tmpdir(), 'editions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const current = readEditions('content').editions.at(-1)!;
const next = nextEdition(current.text);
const changes = next.changes;

/** Runs an npm script on other content, as an editor would. */
function npm(content: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', ...args], { env: { ...process.env, CONTENT_DIR: content, FORCE_COLOR: '0' }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, stdout: result.stdout };
}

/** Every file under a folder with its text. */
const snapshot = (folder: string) =>
  Object.fromEntries(globSync('**/*', { cwd: folder, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));

/** A copy of content/ in its own folder, with the next edition beside it as `file`. */
function copy(name: string) {
  const folder = join(work, name);
  const content = join(folder, 'content');
  cpSync('content', content, { recursive: true });
  return { folder, content };
}

/** Edits a file's text: `change` gets the text and returns the new one, which must differ. */
function edit(path: string, change: (text: string) => string) {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, path).not.toBe(before);
  writeFileSync(path, after);
}

/** The block of a sector file's item that starts with `text`: from its «  - text:» line to the next item's or the header's end. */
function itemBlock(source: string, text: string): string {
  const start = source.indexOf(`  - text: "${text}`);
  expect(start, text).toBeGreaterThan(0);
  const ends = [source.indexOf('\n  - text:', start + 1), source.indexOf('\n---', start)].filter((at) => at > 0);
  return source.slice(start, Math.min(...ends) + 1);
}

/** The sector file whose heading is `heading`. */
const sectorFile = (content: string, heading: string) =>
  globSync('sectors/*.md', { cwd: content }).map((path) => join(content, path)).find((path) => readFileSync(path, 'utf8').includes(`heading: "${heading.trim()}"`))!;

const txt = copy('txt');
const docx = copy('docx');
const imported: Record<'txt' | 'docx', { status: number | null; output: string; stdout: string }> = {} as never;
// The project's own content, to show that importing into another folder leaves it as it was.
const ownContent = snapshot('content');

beforeAll(async () => {
  writeFileSync(join(txt.folder, 'next.txt'), next.text);
  writeFileSync(join(docx.folder, 'next.docx'), await nextEditionDocx(next.text));
  imported.txt = npm(txt.content, 'import', '--', join(txt.folder, 'next.txt'), '--date', next.date);
  imported.docx = npm(docx.content, 'import', '--', join(docx.folder, 'next.docx'));
}, 60_000);

describe('npm run import', () => {
  it('keeps the new edition beside the old, dated (by --date, or by the text\'s own title line)', () => {
    for (const { content } of [txt, docx]) {
      const { editions, problems } = readEditions(content);
      expect(problems).toEqual([]);
      expect(editions.map(({ number, date }) => ({ number, date }))).toEqual([{ number: 1, date: null }, { number: 2, date: next.date }]);
      expect(editions[0]!.text).toBe(current.text);
      expect(editions[1]!.statements.map(({ text }) => text)).toContain(changes.document);
    }
  });

  it('writes the report it prints, the same for the Word file and the text', () => {
    for (const [kind, { content }] of [['txt', txt], ['docx', docx]] as const) {
      expect(imported[kind].status, imported[kind].output).toBe(0);
      const report = readFileSync(join(content, 'editions', '2.report.md'), 'utf8');
      expect(imported[kind].stdout).toContain(report);
    }
    const relative = (content: string) => readFileSync(join(content, 'editions', '2.report.md'), 'utf8').replaceAll(content, 'content');
    expect(relative(docx.content)).toBe(relative(txt.content));
  });

  it('reports every statement added, changed, removed and moved, with the entries that quote it, line by line', () => {
    const report = readFileSync(join(txt.content, 'editions', '2.report.md'), 'utf8').replaceAll(txt.content, 'content');
    const { content: loaded } = loadContent('content');
    const quoting = (text: string) => {
      const same = (item: { text: string }) => keyOf(item.text) === keyOf(text);
      const sector = loaded.sectors.find((entry) => entry.data.items.some(same))!;
      return `\`${sector.filePath.replace(/^\.?\/?content/, 'content')}\` (items.${sector.data.items.findIndex(same)}.text)`;
    };
    const contact = loaded.contacts.find((entry) => keyOf(entry.body) === keyOf(changes.contact.before))!;
    const legalBase = readStatements(next.text).statements.filter(({ section }) => partOf(section) === 'legal-base');
    const unchanged = current.statements.length - 4; // the figure, the contact, the dropped sentence and the moved one
    const sectorOf = (heading: string) => `\`${sectorFile('content', heading).replace(/^\.?\/?content/, 'content')}\``;
    expect(report.split('\n')).toEqual([
      '# Выпуск 2 от 2 марта 2026 г. по сравнению с выпуском 1',
      '',
      `Без изменений: ${unchanged}. Добавлено: 3. Изменено: 2. Удалено: 1. Перенесено: 1.`,
      '',
      '## Добавлено',
      '',
      `1. «${changes.document}» — раздел «Правовая база».`,
      `   Добавьте документ в \`content/agreements/\` с \`legalBase: ${legalBase.findIndex(({ text }) => text === changes.document) + 1}\`.`,
      `2. «${changes.contact2025}» — раздел «${changes.heading.after}».`,
      `   Черновик: \`content/chronology/2025/2025-10-14-vizit-delegatsii-vitebskogo.md\` — заполните ${LEFT_FOR_EDITOR.join(', ')} и уберите \`draft: true\`.`,
      `3. «${changes.contact2026}» — раздел «${changes.heading.after}».`,
      `   Черновик: \`content/chronology/2026/2026-02-03-zasedanie-rabochey-gruppy.md\` — заполните ${LEFT_FOR_EDITOR.join(', ')} и уберите \`draft: true\`. ` +
        'Название совпадает с названием `content/chronology/2020/2020-09-24-rabochaya-gruppa.md`: уточните его.',
      '',
      '## Изменено',
      '',
      `1. Раздел «${changes.moved.to}».`,
      `   Было: «${changes.figure.before}»`,
      `   Стало: «${changes.figure.after}»`,
      `   Изменения: Зарегистрировано ~~6~~ **8** компаний с участием белорусского капитала (на ~~01.01.2025).~~ **01.01.2026).**`,
      `   Цитируют: ${quoting(changes.figure.before)} — перепишите текст по новому выпуску.`,
      `2. Раздел «${changes.heading.after}».`,
      `   Было: «${changes.contact.before}»`,
      `   Стало: «${changes.contact.after}»`,
      `   Изменения: ${changes.contact.before.replace('(г. Москва).', '(г. Москва,')} **Посольство Республики Беларусь в Российской Федерации).**`,
      `   Цитируют: \`${contact.filePath.replace(/^\.?\/?content/, 'content')}\` (текст) — перепишите текст по новому выпуску.`,
      '',
      '## Удалено',
      '',
      `1. «${changes.dropped}» — раздел «В сфере физической культуры и спорта».`,
      `   Цитируют: ${quoting(changes.dropped)} — уберите запись или её текст.`,
      '',
      '## Перенесено',
      '',
      `1. «${changes.moved.text}»: из раздела «${changes.moved.from}» в раздел «${changes.moved.to}».`,
      `   Цитируют: ${quoting(changes.moved.text)}. Перенесите пункт в ${sectorOf(changes.moved.to)}.`,
      '',
      '## Номера в правовой базе',
      '',
      `1. \`content/agreements/rabochaya-gruppa-2019.md\`: \`legalBase: 12\` → \`legalBase: 13\`.`,
      '',
      '## Заголовки разделов',
      '',
      `1. «${changes.heading.before}» → «${changes.heading.after}».`,
      '',
    ]);
  });

  it('drafts each added dated contact in its year\'s folder: the days, the title and the place from the statement, the rest left for the editor', () => {
    const draft = readFileSync(join(txt.content, 'chronology/2025/2025-10-14-vizit-delegatsii-vitebskogo.md'), 'utf8');
    expect(draft).toContain('draft: true');
    expect(draft).toContain('title: "Визит делегации Витебского областного исполнительного комитета в Астраханскую область"');
    expect(draft).toContain('start: "2025-10-14"\nend: "2025-10-16"\nplace: "г. Астрахань"');
    expect(draft).toContain(`Заполните: ${LEFT_FOR_EDITOR.join(', ')}`);
    expect(draft.trimEnd().endsWith(changes.contact2025)).toBe(true);
    expect(existsSync(join(txt.content, 'chronology/2026/2026-02-03-zasedanie-rabochey-gruppy.md'))).toBe(true);
  });

  it('changes nothing on a second run with the same edition, in either format, and writes nothing outside the content folder', () => {
    const before = snapshot(txt.folder);
    for (const file of ['next.txt', 'next.docx']) {
      if (file === 'next.docx') writeFileSync(join(txt.folder, file), readFileSync(join(docx.folder, file)));
      const again = npm(txt.content, 'import', '--', join(txt.folder, file));
      expect(again.status, again.output).toBe(0);
      expect(again.stdout).toContain('Выпуск совпадает с текущим (2): ничего не записано.');
    }
    const after = snapshot(txt.folder);
    delete after[join(txt.folder, 'next.docx')];
    expect(after).toEqual(before);
    // The first run wrote under content/ only: beside it, only the edition the editor gave.
    expect(globSync('*', { cwd: docx.folder })).toEqual(['content', 'next.docx']);
    expect(snapshot('content')).toEqual(ownContent);
  });

  it('refuses an edition without a date, dated before the current one, or a broken Word file, writing nothing', () => {
    const { folder, content } = copy('undated');
    writeFileSync(join(folder, 'next.txt'), next.text.replace('по состоянию на 2 марта 2026 г.\n', ''));
    const before = snapshot(content);
    const undated = npm(content, 'import', '--', join(folder, 'next.txt'));
    expect(undated.status).toBe(1);
    expect(undated.output).toContain('в тексте выпуска нет его даты: укажите её, --date ГГГГ-ММ-ДД');
    expect(snapshot(content)).toEqual(before);
    const dated = npm(docx.content, 'import', '--', join(folder, 'next.txt'), '--date', '2026-01-01');
    expect(dated.status).toBe(1);
    expect(dated.output).toContain('дата выпуска 2026-01-01 должна быть позже даты выпуска 2 (2026-03-02)');
    writeFileSync(join(folder, 'broken.docx'), next.text);
    const broken = npm(content, 'import', '--', join(folder, 'broken.docx'));
    expect(broken.status).toBe(1);
    expect(broken.output).toContain('не читается как файл Word (.docx)');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('the guard, then the edition worked in', () => {
  it('fails the check until every added or changed statement is quoted and no removed one is, naming each statement and file', () => {
    const problems = loadContent(txt.content).problems.map(formatProblem).join('\n');
    const expected = [
      // Two pending drafts, named, with their count.
      /2025-10-14-vizit-delegatsii-vitebskogo\.md: черновик контакта ждёт редактора \(всего черновиков: 2\)/,
      /2026-02-03-zasedanie-rabochey-gruppy\.md: черновик контакта ждёт редактора/,
      // Added and changed statements no finished entry quotes, with the file to write.
      /утверждение «Действует Соглашение о сотрудничестве между министерством образования .*: добавьте документ в .*agreements\/ с legalBase: 12/,
      /утверждение «14–16 октября 2025 г\.,.*: заполните черновик .*2025-10-14-vizit-delegatsii-vitebskogo\.md/,
      /утверждение «Зарегистрировано 8 компаний.*: допишите пункт в .*sectors\/torgovo-ekonomicheskaya\.md/,
      // Texts the edition no longer has.
      /sectors\/sport\.md: поле «items\.1\.text»: текст «Команда MAZ-SPORTauto.* не найден в текущем выпуске справки \(2\)/,
      /утверждение «2 апреля 2025 г\.,.*: его прежнюю формулировку цитирует .*2025-04-02-vstrecha-s-poslom\.md \(текст\): перепишите текст по текущему выпуску/,
      // A moved item, and a document whose place in the legal base moved.
      /sectors\/promyshlennost\.md: поле «items\.2\.text»: .*этот пункт стоит в разделе «В торгово-экономической сфере»: перенесите его в .*torgovo-ekonomicheskaya\.md/,
      /agreements\/rabochaya-gruppa-2019\.md: поле «legalBase»: .*ожидается legalBase: 13/,
    ];
    for (const pattern of expected) expect(problems).toMatch(pattern);
  });

  it('fails the build too, saying how many drafts are pending and which', () => {
    const result = spawnSync('tsx', ['scripts/build.ts', '--outDir', join(work, 'refused')], { env: { ...process.env, CONTENT_DIR: txt.content, FORCE_COLOR: '0' }, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/2025-10-14-vizit-delegatsii-vitebskogo\.md: черновик контакта ждёт редактора \(всего черновиков: 2\)/);
    expect(existsSync(join(work, 'refused', 'index.html'))).toBe(false);
  });

  describe('completed as an editor would', () => {
    const dist = join(work, 'dist');
    let build: { status: number | null; output: string };
    const page = (path: string) => readFileSync(join(dist, path), 'utf8');
    // The text of a page's main content, tags removed, spaces folded.
    const textOf = (html: string) => (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html).replace(/<(style|script)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/&laquo;/g, '«').replace(/&raquo;/g, '»').replace(/\s+/g, ' ');
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');

    beforeAll(() => {
      const content = txt.content;
      const finish = (path: string, fields: string) => edit(join(content, path), (text) => text.replace('draft: true\n', '').replace(/# Черновик импорта.*\n/, fields));
      finish('chronology/2025/2025-10-14-vizit-delegatsii-vitebskogo.md', 'kinds: ["визит в Астраханскую область", "встреча"]\nvenue: "Астраханская область"\nregions: [vitebskaya-oblast]\npeople:\n  - { person: babushkin, role: "Губернатор Астраханской области" }\n');
      // The report asked for a title of its own: the draft's is the 2020 session's.
      edit(join(content, 'chronology/2026/2026-02-03-zasedanie-rabochey-gruppy.md'), (text) => text.replace(/^title: "(.*)"$/m, 'title: "$1 в 2026 г."'));
      finish('chronology/2026/2026-02-03-zasedanie-rabochey-gruppy.md', 'kinds: ["заседание рабочей группы", "видеоконференция"]\nvenue: "видеоконференция"\nregions: [belarus]\nrelated: [rabochaya-gruppa-2019]\n');
      writeFileSync(join(content, 'agreements/minobr-vitebsk-2026.md'), [
        '---',
        'title: "Соглашение о сотрудничестве между министерством образования и науки Астраханской области (Российская Федерация) и главным управлением по образованию Витебского областного исполнительного комитета (Республика Беларусь)"',
        'kind: "соглашение"', 'track: "региональный"',
        'parties:', '  russia: ["Министерство образования и науки Астраханской области (Российская Федерация)"]',
        '  belarus: ["Главное управление по образованию Витебского областного исполнительного комитета (Республика Беларусь)"]',
        'regions: [vitebskaya-oblast]', 'year: 2026', 'status: "действует"', 'legalBase: 12', '---', '', changes.document, '',
      ].join('\n'));
      edit(join(content, 'agreements/rabochaya-gruppa-2019.md'), (text) => text.replace('legalBase: 12', 'legalBase: 13'));
      edit(join(content, 'chronology/2025/2025-04-02-vstrecha-s-poslom.md'), (text) => text.replace(changes.contact.before, changes.contact.after));
      const trade = sectorFile(content, changes.moved.to);
      const industry = sectorFile(content, changes.moved.from);
      const moved = itemBlock(readFileSync(industry, 'utf8'), 'Осуществляются закупки лифтов');
      edit(industry, (text) => text.replace(moved, ''));
      edit(trade, (text) => {
        const figure = itemBlock(text, 'Зарегистрировано 6 компаний');
        const updated = figure.replace(/text: "[^"]*"/, `text: "${changes.figure.after}"`).replace('[2025]', '[2026]').replace('value: 6', 'value: 8').replace('"2025-01-01"', '"2026-01-01"');
        return text.replace(figure, updated).replace(/\n---\s*$/, `\n${moved}---\n`);
      });
      const sport = join(content, 'sectors/sport.md');
      edit(sport, (text) => text.replace(itemBlock(text, 'Команда MAZ-SPORTauto'), ''));
      const result = spawnSync('tsx', ['scripts/build.ts', '--outDir', dist], {
        env: { ...process.env, CONTENT_DIR: content, SITE_URL: 'https://example.org', BASE_PATH: undefined, FORCE_COLOR: '0' },
        encoding: 'utf8',
        timeout: 180_000,
      });
      build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    }, 200_000);

    it('passes the check and builds', () => {
      expect(loadContent(txt.content).problems.map(formatProblem)).toEqual([]);
      expect(build.status, build.output).toBe(0);
    });

    it('lists on «Что изменилось» what the edition added, changed, removed and moved, linking the entries', () => {
      const html = page('changes/index.html');
      const text = plain(textOf(html));
      expect(text).toContain('Выпуск 2 от 2 марта 2026 г. (текущий)');
      expect(text).toContain(`Абзацев добавлено: 3, изменено: 2, удалено: 1, перенесено: 1; без изменений: ${current.statements.length - 4}.`);
      const section = (title: string) => new RegExp(`<h3[^>]*>${title}</h3>([\\s\\S]*?)(?=<h3|</section>)`).exec(html)?.[1] ?? '';
      expect(section('Добавлено')).toContain('href="/chronology/2025-10-14-vizit-delegatsii-vitebskogo/"');
      expect(section('Добавлено')).toContain('href="/chronology/2026-02-03-zasedanie-rabochey-gruppy/"');
      expect(section('Добавлено')).toContain('href="/agreements/minobr-vitebsk-2026/"');
      expect(section('Изменено')).toMatch(/<del[^>]*>6<\/del>/);
      expect(section('Изменено')).toMatch(/<ins[^>]*>8<\/ins>/);
      expect(section('Изменено')).toContain('href="/chronology/2025-04-02-vstrecha-s-poslom/"');
      expect(section('Изменено')).toMatch(/href="\/sectors\/torgovo-ekonomicheskaya\/#[^"]+"/);
      expect(plain(textOf(section('Удалено')))).toContain('Команда MAZ-SPORTauto');
      expect(plain(textOf(section('Перенесено в другой раздел')))).toContain(`Из раздела «${changes.moved.from}» в раздел «${changes.moved.to}»`);
      expect(text).toContain('Выпуск 1 — первый, по которому построен справочник');
      expect(page('editions/2.txt')).toBe(`${next.text.trimEnd()}\n`);
      expect(page('spravka.txt')).toBe(page('editions/2.txt'));
    });

    it('says on each entry\'s page in which edition its text first appeared and when it last changed', () => {
      expect(plain(textOf(page('chronology/2026-02-03-zasedanie-rabochey-gruppy/index.html')))).toContain('В справке — с выпуска 2 от 2 марта 2026 г.; с тех пор не менялся.');
      expect(plain(textOf(page('chronology/2025-04-02-vstrecha-s-poslom/index.html')))).toContain('В справке — с выпуска 1; текст изменён в выпуске 2 от 2 марта 2026 г.');
      expect(plain(textOf(page('agreements/pobratimstvo-brest-2025/index.html')))).toContain('В справке — с выпуска 1; с тех пор не менялся.');
    });

    it('names the current edition on the home page and in every page\'s source line', () => {
      expect(plain(textOf(page('index.html')))).toContain('Справочник построен по 2-му выпуску справки от 2 марта 2026 г.');
      expect(plain(page('agreements/index.html'))).toContain('Справочная информация о сотрудничестве Астраханской области с Республикой Беларусь», выпуск 2 от 2 марта 2026 г.');
    });

    it('carries changed entries in the feed, dated by the edition, and the edition of each record in the open data', () => {
      const feed = page('rss.xml');
      const item = /<item>(?:(?!<\/item>)[\s\S])*Изменено в выпуске 2: Встреча Губернатора(?:(?!<\/item>)[\s\S])*<\/item>/.exec(feed)?.[0];
      expect(item).toBeDefined();
      expect(item).toContain('<pubDate>Mon, 02 Mar 2026 00:00:00 GMT</pubDate>');
      expect(item).toContain('https://example.org/chronology/2025-04-02-vstrecha-s-poslom/#edition-2');
      const file = (name: string) => JSON.parse(page(`data/${name}.json`)) as { edition: number; editionDate: string | null; records: { id: string; edition: number; changedInEdition: number | null }[] };
      expect(file('chronology')).toMatchObject({ edition: 2, editionDate: next.date });
      const records = (name: string) => file(name).records;
      const byId = (name: string, id: string) => records(name).find((record) => record.id === id)!;
      expect(byId('chronology', '2025-04-02-vstrecha-s-poslom')).toMatchObject({ edition: 1, changedInEdition: 2 });
      expect(byId('chronology', '2025-10-14-vizit-delegatsii-vitebskogo')).toMatchObject({ edition: 2, changedInEdition: null });
      expect(byId('agreements', 'minobr-vitebsk-2026')).toMatchObject({ edition: 2, changedInEdition: null });
      expect(byId('agreements', 'pobratimstvo-brest-2025')).toMatchObject({ edition: 1, changedInEdition: null });
    });
  });
});
