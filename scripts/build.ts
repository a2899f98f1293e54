/**
 * `npm run build [-- --outDir dir]`: the production build, done so that a failure never breaks what
 * was built before. Astro builds into a fresh folder beside the output; only when that build succeeded
 * and its pages and search index are complete does it replace the output. A failed or interrupted build
 * leaves the previous output as it was. One build at a time per checkout (they share Astro's cache in
 * .astro/): a second one says which is running and waits for it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILD_NODE_FLAGS } from './node-flags';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const LOCK = join(ROOT, '.build-lock');

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
const staging = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);

function fail(message: string): never {
  console.error(`Сборка: ${message}`);
  process.exit(1);
}

/** Whether a process is alive (signal 0 only asks); a zombie, killed but not yet reaped, is not. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) [ZX]/.test(readFileSync(stat, 'utf8'));
}

const WAIT_MS = 15 * 60_000;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Takes the checkout's build lock. While another build holds it, says which and waits (up to 15
 * minutes); a lock left by a build that died is taken over.
 */
function lock(): void {
  const until = Date.now() + WAIT_MS;
  let told = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'owner.json'), JSON.stringify({ pid: process.pid, outDir, since: new Date().toLocaleTimeString('ru-RU') }));
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
        fail(`папка проекта ${ROOT} доступна только для чтения: сборке нужно писать в неё (в .astro/ и в ${basename(outDir)}/)`);
      if (code !== 'EEXIST') throw error;
    }
    let holder: { pid: number; outDir: string; since: string } | undefined;
    try {
      holder = JSON.parse(readFileSync(join(LOCK, 'owner.json'), 'utf8'));
    } catch {
      // Taken an instant ago, its owner not yet written: look again.
    }
    if (holder && !alive(holder.pid)) rmSync(LOCK, { recursive: true, force: true });
    else if (Date.now() > until) fail(`в этой папке всё ещё идёт другая сборка${holder ? ` (процесс ${holder.pid})` : ''}: остановите её или дождитесь`);
    else {
      if (holder && !told) console.error(`Сборка: в этой папке уже идёт сборка (процесс ${holder.pid}, в ${holder.outDir}, с ${holder.since}) — жду её окончания…`);
      told ||= holder !== undefined;
      pause(200);
    }
  }
}

const unlock = () => rmSync(LOCK, { recursive: true, force: true });

/** What a complete build holds: the pages a reader starts from and the search index with its engine. */
function missingParts(dir: string): string[] {
  const required = ['index.html', '404.html', 'search/index.html', 'search/words.json', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];
  const missing = required.filter((path) => !existsSync(join(dir, path)) || statSync(join(dir, path)).size === 0);
  const wasm = existsSync(join(dir, 'pagefind')) ? readdirSync(join(dir, 'pagefind')).filter((name) => name.endsWith('.pagefind')) : [];
  if (wasm.length === 0 || wasm.some((name) => statSync(join(dir, 'pagefind', name)).size === 0)) missing.push('pagefind/*.pagefind');
  return missing;
}

lock();
// Folders of builds that were killed: no build is running now, so they are left-overs.
for (const name of readdirSync(dirname(outDir)))
  if (name.startsWith(`.${basename(outDir)}.building-`) || name.startsWith(`.${basename(outDir)}.previous-`)) rmSync(join(dirname(outDir), name), { recursive: true, force: true });

// A build is a production build whoever starts it: a test runner's variables (NODE_ENV=test, DEV=1,
// MODE=test) would make it a development build, which reloads the content for every page.
const { DEV: _dev, MODE: _mode, PROD: _prod, TEST: _test, ...environment } = process.env;
const astro = spawn(process.execPath, [...BUILD_NODE_FLAGS, ASTRO, 'build', '--outDir', staging], { stdio: 'inherit', env: { ...environment, NODE_ENV: 'production' } });
const interrupt = (signal: NodeJS.Signals) => {
  astro.kill(signal);
};
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

/** Puts a complete build in place of the output, or says why not; the previous output stays otherwise. */
function finish(code: number | null, signal: NodeJS.Signals | null): string | undefined {
  const kept = existsSync(outDir) ? `прежняя ${basename(outDir)}/ осталась как была` : `${basename(outDir)}/ не создана`;
  if (code !== 0) return `не удалась${signal ? ` (прервана: ${signal})` : ''}; ${kept}`;
  const missing = missingParts(staging);
  if (missing.length > 0) return `неполна (нет ${missing.join(', ')}); ${kept}`;
  const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return undefined;
}

astro.on('exit', (code, signal) => {
  const problem = finish(code, signal);
  rmSync(staging, { recursive: true, force: true });
  unlock();
  if (problem) fail(problem);
  console.log(`Сборка: готово — ${basename(outDir)}/`);
});
