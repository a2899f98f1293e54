// Lighthouse's four category scores for pages of a served site, in its default mobile form factor,
// against the same Chromium the browser tests use, started here with a debugging port of its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './search.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Chromium with remote debugging; resolves with its port once it listens. */
function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const chromium = spawn(chromiumPath, [
    '--headless=new', ...chromiumFlags, '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    chromium.stderr.on('data', (chunk) => {
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
export async function lighthouseScores(urls) {
  const chromium = await startChromium();
  try {
    const scores = {};
    for (const url of urls) {
      const { lhr } = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => `${audit.id} (${audit.score})`);
      scores[url] = {
        ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
        failing,
      };
    }
    return scores;
  } finally {
    await chromium.stop();
  }
}
