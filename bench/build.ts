// One timed `astro build` of a content folder: wall time, the Pagefind index's own time and how long the
// build waited for it at its end (logged by src/integrations/pagefind.ts: the index is built while the
// pages render), and peak memory as the sum of the resident sets of the build and
// every process under it (Pagefind indexes in a service process of its own), polled from /proc.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BUILD_NODE_FLAGS } from '../scripts/node-flags.ts';

/** The site's project: the build runs there, with its Astro and config. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Pid → parent pid of every process now running. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the parent pid is the second field after it.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** A process and all its descendants. */
function treeOf(root: number): Set<number> {
  const ppid = parents();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of ppid)
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return tree;
}

/** The summed VmRSS of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
  let bytes = 0;
  for (const pid of treeOf(root)) {
    try {
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      bytes += Number(kb ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

export interface BuildResult {
  wallMs: number;
  /** The search index's time, from its records to its files, while the pages render. */
  pagefindMs: number;
  /** How long the build, its pages written, still waited for the index. */
  pagefindWaitMs: number;
  peakRss: number;
  output: string;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  env?: Record<string, string>;
  /** The build and everything under it are stopped after this long: a size the machine cannot do fails instead of hanging. */
  timeoutMs?: number;
}

/** Why a build ended without a site, in words a reader of the benchmark can act on. */
function failure(code: number | null, signal: NodeJS.Signals | null, output: string, timedOut: boolean, timeoutMs: number, peakRss: number): string {
  const peak = `пик памяти ${(peakRss / 1024 ** 3).toFixed(2)} ГБ, на машине ${(totalmem() / 1024 ** 3).toFixed(1)} ГБ`;
  if (timedOut) return `сборка не закончилась за ${Math.round(timeoutMs / 1000)} с и остановлена (${peak})`;
  if (/heap out of memory|Allocation failed/i.test(output)) return `не хватило памяти Node.js (куча V8; ${peak}); предел кучи поднимает NODE_OPTIONS=--max-old-space-size=…`;
  if (signal === 'SIGKILL') return `сборку остановил сигнал SIGKILL — по-видимому, системе не хватило памяти (${peak})`;
  return `astro build: ${signal ? `сигнал ${signal}` : `код ${code}`}`;
}

/**
 * Builds the site of `contentDir` into `outDir` with the project's Node and Astro.
 * Resolves to { wallMs, pagefindMs, pagefindWaitMs, peakRss, output }; rejects with the reason and the output if the build fails.
 */
export function timedBuild({ contentDir, outDir, env = {}, timeoutMs = 0 }: BuildOptions): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...BUILD_NODE_FLAGS, astro, 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    let peakRss = 0;
    const poll = setInterval(() => (peakRss = Math.max(peakRss, child.pid === undefined ? 0 : treeRss(child.pid))), 100);
    let timedOut = false;
    const stop = () => {
      timedOut = true;
      // Pagefind's service process is the build's child: the whole tree is stopped, not the build alone.
      for (const pid of child.pid === undefined ? [] : treeOf(child.pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Ended meanwhile.
        }
      }
    };
    const timer = timeoutMs > 0 ? setTimeout(stop, timeoutMs) : undefined;
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${failure(code, signal, output, timedOut, timeoutMs, peakRss)}\n${output.slice(-4000)}`));
        return;
      }
      const pagefind = /записей в индексе: \d+ за ([\d.]+) с, пока строились страницы; сборка ждала индекс ([\d.]+) с/.exec(output);
      if (!pagefind) {
        reject(new Error(`нет строки Pagefind в выводе сборки\n${output}`));
        return;
      }
      resolve({ wallMs, pagefindMs: Number(pagefind[1]) * 1000, pagefindWaitMs: Number(pagefind[2]) * 1000, peakRss, output });
    });
  });
}
