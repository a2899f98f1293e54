// What a search costs a reader: the site served by nginx as published (gzip, cache headers), Chromium,
// and nginx's own log of every response (when it ended, bytes on the wire, headers included). A search's
// bytes are those of the responses that ended before its first result appeared on the page, in parts:
//   the page: the search page, its script (and, cold, the stylesheet);
//   the engine: Pagefind's scripts and WebAssembly and the index's table of pages, loaded once per visit;
//   the query: what this query reads of the index — the chunks of its words and its results' fragments.
// Two ways in, each run in a fresh browser context:
//   «с другой страницы»: a reader on the home page submits the header's search form (the stylesheet is cached);
//   «холодный кэш»: /search/?q=… opened in an empty browser.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';

export const QUERIES = ['Витебск', 'трактор', 'Бабушкин'];

/** Debian's Chromium where installed, Playwright's own otherwise. */
export const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath();
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Starts scripts/serve-nginx.mjs for a built site at http://127.0.0.1:port/; resolves once it answers. */
export async function serve(siteDir, port, accessLog) {
  writeFileSync(accessLog, '');
  const server = spawn(process.execPath, ['scripts/serve-nginx.mjs', siteDir, '/', String(port), accessLog], { stdio: ['ignore', 'ignore', 'inherit'] });
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
        server.on('exit', done);
        server.kill('SIGTERM');
      }),
  };
}

/**
 * What a response is for: the query's own part of the index (the chunks of its words, the filters,
 * the fragments of the results shown), the search engine (Pagefind's scripts, WebAssembly and the
 * index's table of pages, and the site's vocabulary: loaded once per visit), or the page (the search
 * page, its script, stylesheet, icon).
 */
const partOf = (uri) =>
  /\/pagefind\/(index|fragment|filter)\//.test(uri) ? 'query' : uri.includes('/pagefind/') || uri.includes('/search/words.json') ? 'engine' : 'page';

/** Responses «msec status bytes uri» in the access log that ended within [from, to] (epoch ms), summed by part. */
function transferred(accessLog, from, to) {
  const lines = readFileSync(accessLog, 'utf8').trim().split('\n').filter(Boolean);
  const responses = lines
    .map((line) => line.split(' '))
    .map(([msec, status, bytes, uri]) => ({ at: Number(msec) * 1000, status: Number(status), bytes: Number(bytes), uri }))
    .filter(({ at }) => at >= from && at <= to);
  const sum = (part) => responses.filter(({ uri }) => !part || partOf(uri) === part).reduce((total, { bytes }) => total + bytes, 0);
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

async function once(browser, url, accessLog, query, fromAnotherPage) {
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

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Each figure of a list of runs as its median. */
const medians = (runs) => Object.fromEntries(Object.keys(runs[0]).filter((key) => typeof runs[0][key] === 'number').map((key) => [key, median(runs.map((run) => run[key]))]));

/** Per query, the medians of `runs` searches from another page and of `runs` cold searches, on a server from serve(). */
export async function measureSearch({ url, accessLog, queries = QUERIES, runs = 3 }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const rows = [];
    for (const query of queries) {
      const warm = [];
      const cold = [];
      for (let run = 0; run < runs; run++) {
        warm.push(await once(browser, url, accessLog, query, true));
        cold.push(await once(browser, url, accessLog, query, false));
      }
      rows.push({ query, results: warm[0].results, warm: medians(warm), cold: medians(cold) });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
