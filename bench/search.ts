// What a search costs a reader: the site served by nginx as published (gzip, cache headers), Chromium,
// and nginx's own log of every response (when it ended, bytes on the wire, headers included). A search's
// bytes are those of the responses that ended before its first result appeared on the page, in parts:
//   the page: the search page, its script (and, cold, the stylesheet);
//   the engine: Pagefind's scripts and WebAssembly and the index's table of pages, loaded once per visit;
//   the query: what this query reads of the index — the chunks of its words and its results' fragments.
// Two ways in, each run in a fresh browser context:
//   «с другой страницы»: a reader on the register page submits the header's search form (the stylesheet is cached);
//   «холодный кэш»: /search/?q=… opened in an empty browser.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { ROOT } from './build.ts';

declare global {
  interface Window {
    /** Set by watchFirstResult: when the first result was on the page (epoch ms). */
    firstResultAt?: number;
  }
}

export const QUERIES = ['Витебск', 'трактор', 'Бабушкин'];

/** Debian's Chromium where installed, Playwright's own otherwise. */
export const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath();
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** Starts scripts/serve-nginx.mjs for a built site at http://127.0.0.1:port/; resolves once it answers. */
export async function serve(siteDir: string, port: number, accessLog: string): Promise<Server> {
  writeFileSync(accessLog, '');
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve-nginx.mjs'), siteDir, '/', String(port), accessLog], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; !(await fetch(url).then((response) => response.ok, () => false)); tries++) {
    if (tries > 50 || server.exitCode !== null) {
      server.kill('SIGTERM');
      throw new Error(`nginx не отдаёт ${url}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        server.on('exit', () => done());
        server.kill('SIGTERM');
      }),
  };
}

type Part = 'page' | 'engine' | 'query';

/**
 * What a response is for: the query's own part of the index (the chunks of its words, the filters,
 * the fragments of the results shown), the search engine (Pagefind's scripts, WebAssembly and the
 * index's table of pages, and the site's vocabulary: loaded once per visit), or the page (the search
 * page, its script, stylesheet, icon).
 */
const partOf = (uri: string): Part =>
  /\/pagefind\/(index|fragment|filter)\//.test(uri) ? 'query' : uri.includes('/pagefind/') || uri.includes('/search/words.json') ? 'engine' : 'page';

/** The figures of one search (bytes by part, responses, time to the first result in ms). */
export const FIGURES = ['bytes', 'page', 'engine', 'query', 'requests', 'ms'] as const;
export type Figures = Record<(typeof FIGURES)[number], number>;

/** Responses «msec status bytes uri» in the access log that ended within [from, to] (epoch ms), summed by part. */
function transferred(accessLog: string, from: number, to: number): Omit<Figures, 'ms'> {
  const lines = readFileSync(accessLog, 'utf8').trim().split('\n').filter(Boolean);
  const responses = lines
    .map((line) => line.split(' '))
    .map(([msec, status, bytes, uri = '']) => ({ at: Number(msec) * 1000, status: Number(status), bytes: Number(bytes), uri }))
    .filter(({ at }) => at >= from && at <= to);
  const sum = (part?: Part) => responses.filter(({ uri }) => !part || partOf(uri) === part).reduce((total, { bytes }) => total + bytes, 0);
  return { bytes: sum(), page: sum('page'), engine: sum('engine'), query: sum('query'), requests: responses.length };
}

// Installed in every page before its own scripts: the moment (epoch ms) the first result is on the page.
const watchFirstResult = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('#search-results li')) {
      window.firstResultAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

type Run = Figures & { results: string | undefined };

async function once(browser: Browser, url: string, accessLog: string, query: string, fromAnotherPage: boolean): Promise<Run> {
  const context = await browser.newContext();
  await context.addInitScript(watchFirstResult);
  const page = await context.newPage();
  try {
    if (fromAnotherPage) {
      // The register: a content page with the header's search field (the home page has its own field).
      await page.goto(`${url}agreements/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    }
    const started = Date.now();
    if (fromAnotherPage) {
      await page.locator('#header-search').fill(query);
      await page.locator('#header-search').press('Enter');
    } else {
      await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
    }
    await page.waitForFunction(() => window.firstResultAt !== undefined, null, { timeout: 60_000 });
    const { firstResultAt, navigationStart } = await page.evaluate(() => ({ firstResultAt: window.firstResultAt, navigationStart: performance.timeOrigin }));
    if (firstResultAt === undefined) throw new Error(`нет времени первого результата: ${query}`);
    // The count is announced once the first results are on the page.
    await page.waitForFunction(() => /^(Найдено|По запросу|С выбранными)/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const results = (await page.locator('#search-status').textContent())?.trim();
    // The facet counts load after the first results; they must be done before the next run starts.
    await page.waitForLoadState('networkidle');
    return { ...transferred(accessLog, started, firstResultAt), ms: firstResultAt - navigationStart, results };
  } finally {
    await context.close();
  }
}

export const median = (values: readonly number[]): number => {
  const middle = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  if (middle === undefined) throw new Error('медиана пустого списка');
  return middle;
};

/** Each figure of a list of runs as its median. */
const medians = (runs: readonly Figures[]): Figures =>
  // Object.fromEntries types its keys as string; they are exactly FIGURES.
  Object.fromEntries(FIGURES.map((key) => [key, median(runs.map((run) => run[key]))])) as Figures;

export interface SearchRow {
  query: string;
  /** The announced count of the first run from another page. */
  results: string | undefined;
  warm: Figures;
  cold: Figures;
}

export interface SearchOptions {
  url: string;
  accessLog: string;
  queries?: readonly string[];
  runs?: number;
}

/** Per query, the medians of `runs` searches from another page and of `runs` cold searches, on a server from serve(). */
export async function measureSearch({ url, accessLog, queries = QUERIES, runs = 3 }: SearchOptions): Promise<SearchRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const rows: SearchRow[] = [];
    for (const query of queries) {
      const warm: Run[] = [];
      const cold: Run[] = [];
      for (let run = 0; run < runs; run++) {
        warm.push(await once(browser, url, accessLog, query, true));
        cold.push(await once(browser, url, accessLog, query, false));
      }
      rows.push({ query, results: warm[0]?.results, warm: medians(warm), cold: medians(cold) });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
