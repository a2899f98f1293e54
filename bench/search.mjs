// Search benchmark: against the production build in dist/, served locally, in Chromium with an empty
// cache, measures for each query the bytes transferred and the time until the first results show.
// Usage: npm run bench:search (builds first).
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { chromium } from 'playwright';

const QUERIES = ['Витебск', 'трактор', 'Бабушкин'];
const RUNS = 5;
const port = 4331;

const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port } });
const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') && { executablePath: '/usr/bin/chromium' }),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** One cold load of /search/?q=…: a fresh context, so nothing is cached. */
async function measure(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Requests of the page and of Pagefind's worker, each with its size once it has finished.
  const finished = [];
  let done = false;
  context.on('requestfinished', (request) => {
    if (!done) finished.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
  });
  await page.goto(`http://localhost:${port}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results li').first().waitFor();
  const ms = await page.evaluate(() => performance.now());
  done = true;
  const results = await page.locator('#search-status').textContent();
  const sizes = await Promise.all(finished);
  await context.close();
  const sum = (list) => list.reduce((total, item) => total + item.bytes, 0);
  return { bytes: sum(sizes), searchBytes: sum(sizes.filter((item) => item.url.includes('/pagefind/'))), requests: sizes.length, ms, results };
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const query of QUERIES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(query));
    rows.push({ query, bytes: median(runs.map((r) => r.bytes)), searchBytes: median(runs.map((r) => r.searchBytes)), requests: median(runs.map((r) => r.requests)), ms: median(runs.map((r) => r.ms)), results: runs[0].results });
  }
} finally {
  await browser.close();
  await server.stop();
}

console.log(`\nПоиск: /search/?q=…, холодный кэш, медиана ${RUNS} запусков, Chromium, localhost\n`);
console.log('| Запрос | Результаты | Запросов | Передано до первых результатов | из них индекс поиска | Время до первых результатов |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
const kb = (value) => `${(value / 1024).toFixed(1)} КБ`;
for (const row of rows)
  console.log(`| ${row.query} | ${row.results} | ${row.requests} | ${kb(row.bytes)} | ${kb(row.searchBytes)} | ${Math.round(row.ms)} мс |`);
console.log('\nВсё, кроме индекса поиска, — страница, стили, шрифты и скрипт: с другой страницы сайта они уже в кэше.');
