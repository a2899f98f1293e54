// What a search costs a reader: the site served by nginx as published (gzip, cache headers), Chromium,
// and nginx's own log of every response (when it ended, bytes on the wire, headers included). A search's
// bytes are those of the responses that ended before its first result appeared on the page, in parts:
//   the page: the search page, its script (and, cold, the stylesheet);
//   the engine: Pagefind's scripts and WebAssembly and the index's table of pages, loaded once per visit;
//   the query: what this query reads of the index — the chunks of its words and its results' fragments.
// Three ways in, each run in a fresh browser context:
//   «с другой страницы»: a reader on the register page submits the header's search form (the stylesheet is cached);
//   «холодный кэш»: /search/?q=… opened in an empty browser;
//   «на открытой странице поиска»: /search/ is open and its engine loaded; the query is typed into its field and
//   the form submitted — the time from the submit to the first result is the search itself, nothing of the page.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ROOT } from './build.ts';

declare global {
  interface Window {
    /** Set by watchFirstResult: when the first result was on the page (epoch ms). */
    firstResultAt?: number;
    /** When the search form was submitted (epoch ms), on the open search page. */
    submittedAt?: number;
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

/** The count the page announces once the first results are on it. */
async function announced(page: Page): Promise<string | undefined> {
  await page.waitForFunction(() => /^(Найдено|По запросу|С выбранными)/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return (await page.locator('#search-status').textContent())?.trim();
}

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
    const results = await announced(page);
    // The facet counts load after the first results; they must be done before the next run starts.
    await page.waitForLoadState('networkidle');
    return { ...transferred(accessLog, started, firstResultAt), ms: firstResultAt - navigationStart, results };
  } finally {
    await context.close();
  }
}

/** A query submitted on /search/ once its engine has loaded: from the submit to the first result. */
async function onSearchPage(browser: Browser, url: string, accessLog: string, query: string): Promise<Run> {
  const context = await browser.newContext();
  await context.addInitScript(watchFirstResult);
  const page = await context.newPage();
  try {
    await page.goto(`${url}search/`, { waitUntil: 'networkidle' });
    // src/search/page.ts fills the filters' counts once Pagefind, its page table, the filters and the
    // vocabulary are loaded (its `ready`): the engine is loaded when the counts are on the page.
    await page.waitForFunction(() => (document.querySelector('#search-form .count')?.textContent ?? '') !== '', null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    // Taken as the submit event starts, before the page's own handler runs.
    await page.evaluate(() => addEventListener('submit', () => (window.submittedAt = performance.timeOrigin + performance.now()), { capture: true, once: true }));
    await page.locator('#q').fill(query);
    await page.locator('#q').press('Enter');
    await page.waitForFunction(() => window.firstResultAt !== undefined, null, { timeout: 60_000 });
    const { firstResultAt, submittedAt } = await page.evaluate(() => ({ firstResultAt: window.firstResultAt, submittedAt: window.submittedAt }));
    if (firstResultAt === undefined || submittedAt === undefined) throw new Error(`нет времени отправки или первого результата: ${query}`);
    const results = await announced(page);
    await page.waitForLoadState('networkidle');
    return { ...transferred(accessLog, submittedAt, firstResultAt), ms: firstResultAt - submittedAt, results };
  } finally {
    await context.close();
  }
}

/** The median; of an even count, the mean of the two middle values (the median of two runs is their mean). */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)];
  const lower = sorted[Math.ceil(sorted.length / 2) - 1];
  if (upper === undefined || lower === undefined) throw new Error('медиана пустого списка');
  return (lower + upper) / 2;
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
  /** On the open search page, the engine loaded: the query's own bytes and its time from the submit. */
  opened: Figures;
}

export interface SearchOptions {
  url: string;
  accessLog: string;
  queries?: readonly string[];
  runs?: number;
}

/** Per query, the medians of `runs` searches each way in (from another page, cold, on the open search page), on a server from serve(). */
export async function measureSearch({ url, accessLog, queries = QUERIES, runs = 3 }: SearchOptions): Promise<SearchRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const rows: SearchRow[] = [];
    for (const query of queries) {
      const warm: Run[] = [];
      const cold: Run[] = [];
      const opened: Run[] = [];
      for (let run = 0; run < runs; run++) {
        warm.push(await once(browser, url, accessLog, query, true));
        cold.push(await once(browser, url, accessLog, query, false));
        opened.push(await onSearchPage(browser, url, accessLog, query));
      }
      rows.push({ query, results: warm[0]?.results, warm: medians(warm), cold: medians(cold), opened: medians(opened) });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
