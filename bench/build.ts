// One timed `astro build` of a content folder: wall time, the Pagefind step's own time (logged by
// src/integrations/pagefind.ts), and peak memory as the sum of the resident sets of the build and
// every process under it (Pagefind indexes in a service process of its own), polled from /proc.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** The summed VmRSS of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
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
  let bytes = 0;
  for (const pid of tree) {
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
  pagefindMs: number;
  peakRss: number;
  output: string;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  env?: Record<string, string>;
}

/**
 * Builds the site of `contentDir` into `outDir` with the project's Node and Astro.
 * Resolves to { wallMs, pagefindMs, peakRss, output }; rejects with the output if the build fails.
 */
export function timedBuild({ contentDir, outDir, env = {} }: BuildOptions): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    let peakRss = 0;
    const poll = setInterval(() => (peakRss = Math.max(peakRss, child.pid === undefined ? 0 : treeRss(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`astro build: код ${code}\n${output}`));
        return;
      }
      const pagefind = /записей в индексе: \d+ за ([\d.]+) с/.exec(output);
      if (!pagefind) {
        reject(new Error(`нет строки Pagefind в выводе сборки\n${output}`));
        return;
      }
      resolve({ wallMs, pagefindMs: Number(pagefind[1]) * 1000, peakRss, output });
    });
  });
}
