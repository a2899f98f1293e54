/**
 * The build itself (`npm run build`: scripts/build.ts) on a small content folder, tests/fixtures/site/:
 * at the root and without SITE_URL it writes no origin it was not given and no date the briefing does
 * not give, and every link resolves; a broken file stops it, naming the file, the field and what was
 * expected (every kind of mistake is refused, by the loader the build uses, in
 * tests/unit/bad-content.test.ts and the schema fixtures); a failed, interrupted or second build leaves
 * the last good site as it was; the same content gives the same bytes in any time zone; nothing calls out.
 * One file, so that its builds run one after another, as the build lock wants.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { brokenLinks } from '../helpers/built';

const FIXTURE = 'tests/fixtures/site';
const work = mkdtempSync(join(tmpdir(), 'fixture-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment of a build of `content`: at the root, without an origin. */
const envOf = (content: string, extra: Record<string, string> = {}) => ({
  ...process.env, CONTENT_DIR: content, SITE_URL: undefined, BASE_PATH: undefined, FORCE_COLOR: '0', ...extra,
});

/** Runs `npm run build`'s script on a content folder into `dist`. */
function runBuild(content: string, dist: string, options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync('tsx', ['scripts/build.ts', '--outDir', dist], { env: envOf(content), encoding: 'utf8', timeout: 120_000, ...options });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A fresh copy of the fixture, changed by `change`: its content folder and where its build goes. */
function fixture(name: string, change: (content: string) => void = () => {}) {
  const content = join(work, name, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  change(content);
  return { content, dist: join(work, name, 'dist') };
}

/** Builds a copy of the fixture, changed by `change` (in Pago Pago's time zone, UTC−11: see «the same content»). */
function build(name: string, change: (content: string) => void = () => {}) {
  const { content, dist } = fixture(name, change);
  return { ...runBuild(content, dist, { env: envOf(content, { TZ: 'Pacific/Pago_Pago' }) }), dist, content };
}

/**
 * Runs a command under strace (every process, every socket, --seccomp-bpf so that it costs little) and
 * returns it with the connections it opened other than to this machine.
 */
function traced(name: string, command: string[], env: NodeJS.ProcessEnv) {
  const trace = join(work, `${name}.strace`);
  const result = spawnSync('strace', ['-f', '--seccomp-bpf', '-e', 'trace=connect', '-o', trace, ...command], { env, encoding: 'utf8', timeout: 120_000 });
  const outside = readFileSync(trace, 'utf8').split('\n').filter((line) => /sa_family=AF_INET6?/.test(line) && !/inet_addr\("127\.|inet_pton\(AF_INET6, "::1"/.test(line));
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outside };
}

/** Every file of a built site with its bytes, to compare two builds. */
const snapshot = (dist: string) =>
  Object.fromEntries(globSync('**/*', { cwd: dist, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path.slice(dist.length + 1), readFileSync(path).toString('base64')];
  }));

const edit = (path: string, from: RegExp, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text, `${path} has no ${from}`).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

// The fixture as it is, built once — under strace, to see what it connects to — for the checks below
// that need no build of their own.
const valid = (() => {
  const { content, dist } = fixture('valid');
  return { ...traced('valid', ['tsx', 'scripts/build.ts', '--outDir', dist], envOf(content, { TZ: 'Pacific/Pago_Pago' })), content, dist };
})();

describe('a build without SITE_URL', () => {
  const { status, output, dist } = valid;
  const files = globSync('**/*', { cwd: dist, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(pf_\w+|pagefind|wasm|svg)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const pages = globSync('**/*.html', { cwd: dist }).sort();
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');

  it('succeeds, with a page for every entry of the fixture', () => {
    expect(status, output).toBe(0);
    expect(pages).toContain('agreements/pobratimstvo-brest-2025/index.html');
    expect(pages).toContain('chronology/2025-04-02-vstrecha-s-poslom/index.html');
  });

  it('names no localhost', () => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('writes no canonical address, og:url, sitemap or feed', () => {
    for (const page of pages) expect(read(page), page).not.toMatch(/rel="canonical"|property="og:url"|rel="sitemap"|application\/rss\+xml/);
    expect(globSync('{sitemap*.xml,rss.xml}', { cwd: dist })).toEqual([]);
    expect(read('robots.txt')).not.toMatch(/Sitemap/);
  });

  it('gives paths, not invented addresses, in the data files and the printed footer', () => {
    const data = JSON.parse(read('data/agreements.json'));
    expect(data.url).toBe('/data/');
    expect(data.records.map((record: { url: string }) => record.url)).toEqual(['/agreements/pobratimstvo-brest-2025/']);
    expect(read('agreements/index.html')).toMatch(/Адрес страницы: \/agreements\//);
  });

  it('never presents a computed date as the briefing\'s own', () => {
    for (const page of pages) {
      expect(read(page), page).not.toContain('по состоянию на');
      expect(read(page), page).toMatch(/Дата\sсправки\sне\sуказана;\sпоследнее\sсобытие\sв\sней\s—\s2\sапреля\s2025/);
    }
    const data = JSON.parse(read('data/chronology.json'));
    expect(data.editionDate).toBeNull();
    expect(data.latestDay).toBe('2025-04-02');
  });

  it.each(pages)('%s: every internal link and fragment resolves at the root', (page) => {
    expect(brokenLinks(page, dist, '/')).toEqual([]);
  });
});

const contact = 'chronology/2025/2025-04-02-vstrecha-s-poslom.md';
/** The contact's file name in the 2024 folder, which the fixture does not have. */
const in2024 = (content: string) => {
  mkdirSync(join(content, 'chronology/2024'));
  return join(content, 'chronology/2024/2025-04-02-vstrecha-s-poslom.md');
};
const failures: [string, (content: string) => void, string, RegExp][] = [
  ['a value the schema refuses', (c) => edit(join(c, 'agreements/pobratimstvo-brest-2025.md'), /^kind: .*$/m, 'kind: "план"'),
    'agreements/pobratimstvo-brest-2025.md', /kind[\s\S]*ожидалось одно из "соглашение"/],
  // Two mistakes of the cross-entry stage at once, both named: a dangling reference and a file no collection loads.
  ['a reference to a person who does not exist, and a file no collection loads', (c) => {
    edit(join(c, contact), /person: "babushkin"/, 'person: "nobody"');
    cpSync(join(c, 'agreements/pobratimstvo-brest-2025.md'), join(c, 'agreements/x.MD'));
  }, contact, /поле «people\[0\]\.person»: .*«nobody» не найден[\s\S]*agreements\/x\.MD|agreements\/x\.MD[\s\S]*поле «people\[0\]\.person»: .*«nobody» не найден/],
  ['two files with one name', (c) => cpSync(join(c, contact), in2024(c)),
    'chronology/2024/2025-04-02-vstrecha-s-poslom.md', /поле «id \(имя файла\)»: ожидается уникальное имя файла/],
  ['broken YAML', (c) => writeFileSync(join(c, 'regions/brest.yaml'), 'name: [г. Брест\nlevel: город\n'),
    'regions/brest.yaml:2:1', /ошибка YAML/],
  ['a contact in the wrong year folder', (c) => renameSync(join(c, contact), in2024(c)),
    'chronology/2024/2025-04-02-vstrecha-s-poslom.md', /поле «start»: ожидается дата 2024 года/],
  ['a file name outside the pattern', (c) => renameSync(join(c, 'agreements/pobratimstvo-brest-2025.md'), join(c, 'agreements/Тест Документ.md')),
    'agreements/Тест Документ.md', /поле «имя файла»: ожидается имя из строчных латинских букв/],
];

describe('a warm content cache', () => {
  it('checks again what a cold one checks', () => {
    // The valid build's folder and its warm cache, now with a contact in the wrong year folder.
    const { content, dist } = valid;
    expect(valid.status).toBe(0);
    renameSync(join(content, contact), in2024(content));
    const broken = runBuild(content, dist);
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/поле «start»: ожидается дата 2024 года/);
  });
});

describe('a build that does not finish', () => {
  const { content, dist, status } = build('atomic');
  const good = snapshot(dist);

  it('replaces the site only when complete: the last good one stays after a content error', () => {
    expect(status).toBe(0);
    expect(Object.keys(good)).toContain('pagefind/pagefind.js');
    edit(join(content, contact), /person: "babushkin"/, 'person: "nobody"');
    const failed = runBuild(content, dist);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/прежняя dist\/ осталась как была/);
    expect(snapshot(dist)).toEqual(good);
    edit(join(content, contact), /person: "nobody"/, 'person: "babushkin"');
  });

  it('leaves the last good site when killed', async () => {
    const child = spawn('tsx', ['scripts/build.ts', '--outDir', dist], { env: envOf(content), detached: true, stdio: 'ignore' });
    // Killed, with every process of its group, once Astro has begun to write pages.
    const deadline = Date.now() + 60_000;
    const writing = () => readdirSync(work + '/atomic').some((name) => name.startsWith('.dist.building-') && existsSync(join(work, 'atomic', name, '_astro')));
    while (!writing() && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(writing(), 'сборка не начала писать страницы').toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((done) => child.on('exit', done));
    expect(snapshot(dist)).toEqual(good);
    // Its lock and its half-written folder stay until the next build (below) takes them over.
    expect(readdirSync(join(work, 'atomic')).filter((name) => name.startsWith('.dist.building-')).length).toBe(1);
  });

  it('makes a second build in the same checkout wait for the first, saying so; both complete, and clean up after the killed one', async () => {
    // The next build takes the killed one's lock over and clears its half-written folder.
    expect(runBuild(content, dist).status).toBe(0);
    expect(readdirSync(join(work, 'atomic')).filter((name) => name.startsWith('.dist.'))).toEqual([]);
    expect(snapshot(dist)).toEqual(good);
    // A build that runs for as long as the test wants: a live process holding the lock for `dist`
    // (taken when no build of another test file holds it).
    const holder = spawn('sleep', ['120']);
    onTestFinished(() => void holder.kill()); // a failing test leaves no lock held
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        mkdirSync('.build-lock');
        break;
      } catch {
        if (Date.now() > deadline) throw new Error('.build-lock не освободился за 2 минуты');
        await new Promise((done) => setTimeout(done, 100));
      }
    }
    writeFileSync('.build-lock/owner.json', JSON.stringify({ pid: holder.pid, outDir: resolve(dist), since: '12:00:00' }));
    const secondDist = join(work, 'atomic', 'second');
    const second = spawn('tsx', ['scripts/build.ts', '--outDir', secondDist], { env: envOf(content) });
    let output = '';
    second.stderr.on('data', (chunk: Buffer) => (output += chunk));
    second.stdout.on('data', (chunk: Buffer) => (output += chunk));
    while (!output.includes('жду её окончания') && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(output).toMatch(new RegExp(`в этой папке уже идёт сборка \\(процесс ${holder.pid}, в .*/dist, с 12:00:00\\) — жду её окончания`));
    // It waits while the first runs, and goes on when it ends.
    await new Promise((done) => setTimeout(done, 1000));
    expect(existsSync(secondDist)).toBe(false);
    holder.kill();
    expect(await new Promise((done) => second.on('exit', done)), output).toBe(0);
    expect(snapshot(secondDist)).toEqual(good);
  });
});

describe('the same content', () => {
  it('gives byte-identical sites in two time zones, a day apart', () => {
    // The valid build was made in Pago Pago (UTC−11); this one in Kiritimati (UTC+14), from a copy elsewhere.
    const { content, dist } = fixture('zones');
    expect(runBuild(content, dist, { env: envOf(content, { TZ: 'Pacific/Kiritimati' }) }).status).toBe(0);
    const west = snapshot(valid.dist);
    expect(Object.keys(west).length).toBeGreaterThan(20);
    expect(snapshot(dist)).toEqual(west);
  });
});

describe('a build and a check', () => {
  it('open no connection beyond the machine', () => {
    expect(valid.status).toBe(0);
    expect(valid.outside).toEqual([]);
    const check = traced('check', ['tsx', 'scripts/check.ts'], envOf(fixture('offline').content));
    expect(check.status, check.output).toBe(0);
    expect(check.outside).toEqual([]);
  });
});

describe('a read-only checkout', () => {
  const { content, dist } = fixture('read-only');
  const root = resolve('.');
  /** Runs a command in the checkout mounted read-only, in a mount namespace of its own (root only, as in CI). */
  const readOnly = (command: string) => {
    const result = spawnSync('unshare', ['-m', 'sh', '-c', `mount --bind -o ro "${root}" "${root}" && cd "${root}" && ${command}`], { env: envOf(content), encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('is named as such by the build, not blamed on the content', () => {
    const result = readOnly(`tsx scripts/build.ts --outDir "${dist}"`);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Сборка: папка проекта .* доступна только для чтения/);
  });

  it('is named as such by npm test before anything runs', () => {
    const result = readOnly('tsx scripts/preflight.ts');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/^npm test: папка проекта .* доступна только для чтения \(EROFS\)/m);
  });
});

describe('a broken content file stops the build', () => {
  it.each(failures)('%s', (name, change, file, expected) => {
    const { status, output } = build(name.replace(/\W+/g, '-'), change);
    expect(status, output).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(expected);
  });
});
