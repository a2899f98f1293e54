// Lighthouse's four category scores for pages of a served site, in its default mobile form factor,
// against the same Chromium the browser tests use, started here with a debugging port of its own.
// Lighthouse is the benchmark package's only dependency (bench/package.json, installed by
// `npm run bench`); it runs as its command-line tool, and its JSON report is read through the few
// fields below, so the type check of the rest of the project needs nothing installed here.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromiumFlags, chromiumPath } from './search.ts';

const LIGHTHOUSE = fileURLToPath(new URL('node_modules/.bin/lighthouse', import.meta.url));

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A page's category scores (0–100) and the audits that cost it points. */
export type Scores = Record<Category, number> & { failing: string[] };

/** A figure for each category. */
export const byCategory = (figure: (id: Category) => number): Record<Category, number> =>
  // Object.fromEntries types its keys as string; they are exactly CATEGORIES.
  Object.fromEntries(CATEGORIES.map((id) => [id, figure(id)])) as Record<Category, number>;

/** The part of Lighthouse's JSON report (its «LHR») read here. */
interface Report {
  categories: Partial<Record<Category, { score: number | null }>>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string }>;
}

/** One Lighthouse run against the Chromium listening on port. */
async function report(url: string, port: number): Promise<Report> {
  if (!existsSync(LIGHTHOUSE)) throw new Error('Lighthouse не установлен: запускайте через npm run bench (он ставит зависимости bench/)');
  const { stdout } = await promisify(execFile)(LIGHTHOUSE, [
    url, `--port=${port}`, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`,
  ], { maxBuffer: 256 * 1024 * 1024 });
  // The report's shape is Lighthouse's documented LHR; only the fields in Report are used.
  return JSON.parse(stdout) as Report;
}

interface Chromium {
  port: number;
  stop: () => Promise<void>;
}

/** Chromium with remote debugging; resolves with its port once it listens. */
function startChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const chromium = spawn(chromiumPath, [
    '--headless=new', ...chromiumFlags, '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    chromium.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) resolve({
        port: Number(port),
        stop: () => new Promise((done) => {
          chromium.on('exit', () => {
            rmSync(profile, { recursive: true, force: true });
            done();
          });
          chromium.kill('SIGTERM');
        }),
      });
    });
    chromium.on('exit', (code) => reject(new Error(`Chromium завершился (${code}):\n${output}`)));
  });
}

/** { url → { performance, accessibility, best-practices, seo } } as 0–100, and the audits that cost points. */
export async function lighthouseScores(urls: readonly string[]): Promise<Record<string, Scores>> {
  const chromium = await startChromium();
  try {
    const scores: Record<string, Scores> = {};
    for (const url of urls) {
      const lhr = await report(url, chromium.port);
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => `${audit.id} (${audit.score})`);
      scores[url] = {
        ...byCategory((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)),
        failing,
      };
    }
    return scores;
  } finally {
    await chromium.stop();
  }
}
