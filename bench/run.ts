// The benchmark: builds the real content and synthetic content of a given size (10,000 entries by
// default) in a temporary folder, measures the builds, the search and the pages, runs Lighthouse on
// the real content, and prints Markdown tables and the budgets as ✓/✗ lines. With --sizes, the scaling
// table instead (bench/scaling.ts): synthetic content of each size, each built --runs times (2 by default).
// Usage: npm run bench [-- --size 10000] [--seed 1] [--runs 3] [--no-synthetic] [--no-lighthouse] [--keep]
//        npm run bench -- --sizes 1000,5000,10000,20000 [--runs 2] [--seed 1] [--timeout 1200] [--keep]
import { chmodSync, cpSync, globSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, timedBuild, type BuildResult } from './build.ts';
import { generateContent } from './generate.ts';
import { CATEGORIES, byCategory, lighthouseScores, type Category, type Scores } from './lighthouse.ts';
import { PAGEFIND_PUBLISHED, budgetLine, entriesIn, folderBytes, gb, int, kb, log, mb, s, tableLines } from './report.ts';
import { scaling } from './scaling.ts';
import { measureSearch, median, serve, type SearchRow } from './search.ts';
import { SCRIPTED, pageWeights, type PageWeight } from './weight.ts';

const { values: options } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    sizes: { type: 'string' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string' },
    timeout: { type: 'string', default: '1200' },
    'no-synthetic': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const size = Number(options.size);
const sizes = options.sizes?.split(',').map(Number);
if (sizes?.some((one) => !Number.isInteger(one) || one <= 0)) throw new Error(`--sizes ${options.sizes}: нужны целые числа через запятую, например 1000,5000,10000`);
const runs = Number(options.runs ?? (sizes ? 2 : 3));

const BUDGET = {
  realBuildS: 15,
  largeBuildS: 120,
  largeMemory: 3 * 1024 ** 3,
  queryBytes: 100 * 1024,
  pageHtmlCss: 14 * 1024,
  openedSearchMs: 300,
};
const LIGHTHOUSE_PAGES = ['', 'agreements/', 'sectors/obrazovanie/', 'search/'];
const PORTS = { real: 4511, synthetic: 4512 };

/** A page's Lighthouse scores: the median of the runs per category, and the audits short of 100 in any run. */
type LighthouseRow = Record<Category, number> & { page: string; failing: string[] };

/** What was measured of one content folder. */
interface Measured {
  label: string;
  entries: number;
  pages: number;
  build: BuildResult;
  distBytes: number;
  pagefindBytes: number;
  search: SearchRow[];
  /** The real content only. */
  weights?: PageWeight[];
  /** The real content only, unless --no-lighthouse. */
  lighthouse?: LighthouseRow[];
}

const work = mkdtempSync(join(tmpdir(), 'bench-'));
chmodSync(work, 0o755); // nginx's workers run as an unprivileged user and must read the built sites
log(`рабочая папка ${work}; нагрузка машины (loadavg): ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);

if (sizes) {
  const { markdown, complete } = await scaling({ sizes, seed: Number(options.seed), runs, timeoutS: Number(options.timeout), work, keep: options.keep });
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  console.log(markdown);
  // A size that could not be measured fails the run; budgets broken are reported, as in the default run.
  process.exit(complete ? 0 : 1);
}

/** One run's scores of a page (every page of LIGHTHOUSE_PAGES is scored in every run). */
const scoresOf = (scores: Record<string, Scores>, url: string): Scores => {
  const page = scores[url];
  if (!page) throw new Error(`нет оценок Lighthouse для ${url}`);
  return page;
};

/** Builds one content folder and measures it; the real content also gets page weights and Lighthouse. */
async function measure(key: keyof typeof PORTS, label: string, prepare: (content: string) => unknown): Promise<Measured> {
  const root = join(work, key);
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  prepare(content);
  const entries = entriesIn(content);
  const url = `http://127.0.0.1:${PORTS[key]}/`;
  log(`${label}: ${int(entries)} записей, сборка…`);
  // The published origin is the local server's, so that canonical URLs point where Lighthouse looks.
  const build = await timedBuild({ contentDir: content, outDir: dist, env: { SITE_URL: url.slice(0, -1) } });
  const pages = globSync('**/*.html', { cwd: dist }).length;
  const result: Measured = {
    label, entries, pages, build,
    distBytes: folderBytes(dist),
    pagefindBytes: folderBytes(join(dist, 'pagefind')),
    search: [],
  };
  const accessLog = join(root, 'access.log');
  const server = await serve(dist, PORTS[key], accessLog);
  try {
    log(`${label}: поиск, ${runs} запуска на запрос…`);
    result.search = await measureSearch({ url, accessLog, runs });
    if (key === 'real') {
      result.weights = pageWeights(dist);
      if (!options['no-lighthouse']) {
        log(`${label}: Lighthouse, ${runs} запуска на страницу…`);
        const all: Record<string, Scores>[] = [];
        for (let run = 0; run < runs; run++) all.push(await lighthouseScores(LIGHTHOUSE_PAGES.map((page) => url + page)));
        result.lighthouse = LIGHTHOUSE_PAGES.map((page) => ({
          page: `/${page}`,
          ...byCategory((id) => median(all.map((scores) => scoresOf(scores, url + page)[id]))),
          failing: [...new Set(all.flatMap((scores) => scoresOf(scores, url + page).failing))],
        }));
      }
    }
  } finally {
    await server.stop();
  }
  return result;
}

const real = await measure('real', 'Реальное содержимое', (content) => cpSync(join(ROOT, 'content'), content, { recursive: true }));
const large = options['no-synthetic']
  ? undefined
  : await measure('synthetic', `Синтетическое, ${int(size)}`, (content) => generateContent(content, { size, seed: Number(options.seed) }));
const sets = large ? [real, large] : [real];
if (!options.keep) rmSync(work, { recursive: true, force: true });

const out: string[] = [];
const table = (head: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): void => {
  out.push(...tableLines(head, rows));
};

out.push(`## Сборка (\`astro build\` с индексом Pagefind, холодный кэш Astro; 2 ядра)`, '');
table(
  ['Содержимое', 'Записей', 'Страниц', 'Сборка', 'Страниц/с', 'Индекс Pagefind (пока строятся страницы)', 'Ожидание индекса в конце', 'Пик памяти (RSS дерева процессов)', 'dist/', 'Индекс Pagefind (dist/pagefind/)'],
  sets.map((set) => [
    set.label, int(set.entries), int(set.pages), s(set.build.wallMs), (set.pages / (set.build.wallMs / 1000)).toFixed(0),
    s(set.build.pagefindMs), s(set.build.pagefindWaitMs), gb(set.build.peakRss), mb(set.distBytes), mb(set.pagefindBytes),
  ]),
);

out.push(
  `## Поиск до первых результатов (nginx с gzip, Chromium, байты ответов с заголовками, медиана ${runs} запусков)`,
  '',
  '«С другой страницы»: читатель на странице реестра отправляет форму поиска в шапке (стили уже в кэше). Из переданного: страница поиска и её скрипт; движок поиска — скрипты, WebAssembly и таблица страниц индекса Pagefind и словарь сайта (один раз за визит, таблица кэшируется); сам запрос — части индекса с его словами и фрагменты показанных результатов. «Холодный кэш»: /search/?q=… в пустом браузере. «На открытой странице поиска»: /search/ открыта и движок загружен, запрос введён в поле и форма отправлена — время от отправки до первого результата.',
  '',
);
table(
  ['Содержимое', 'Запрос', 'Результаты', 'С другой страницы: всего', 'страница', 'движок поиска', 'сам запрос', 'время', 'Холодный кэш: всего', 'время', 'На открытой странице поиска: время'],
  sets.flatMap((set) =>
    set.search.map((row) => [
      set.label, row.query, row.results, kb(row.warm.bytes), kb(row.warm.page), kb(row.warm.engine), kb(row.warm.query), `${Math.round(row.warm.ms)} мс`, kb(row.cold.bytes), `${Math.round(row.cold.ms)} мс`, `${Math.round(row.opened.ms)} мс`,
    ]),
  ),
);
out.push(`${PAGEFIND_PUBLISHED.text} (${PAGEFIND_PUBLISHED.url}). Здесь — столбец «С другой страницы: всего» (страница поиска, движок и запрос).`, '');

const weights = real.weights ?? [];
const contentPages = weights.filter(({ page }) => !SCRIPTED.test(page));
const stat = (values: readonly number[]) => ({ median: median(values), max: Math.max(...values) });
const largest = (key: 'html' | 'css' | 'js'): PageWeight => contentPages.reduce((top, page) => (page[key] > top[key] ? page : top));
out.push(`## Вес страницы, реальное содержимое (gzip, уровень 6 как в deploy/nginx.conf; ${contentPages.length} страниц содержания — все, кроме /search/, /sectors/*/ и /briefing/, где по замыслу есть скрипт)`, '');
table(
  ['На страницу', 'Медиана', 'Наибольшая', 'Где наибольшая'],
  ([['HTML', 'html'], ['CSS', 'css'], ['JavaScript', 'js']] as const).map(([name, key]): string[] => {
    const { median: mid, max } = stat(contentPages.map((page) => page[key]));
    return [name, kb(mid), kb(max), max > mid ? `/${largest(key).page.replace(/index\.html$/, '')}` : '—'];
  }).concat([[
    'HTML + CSS',
    kb(median(contentPages.map((page) => page.html + page.css))),
    kb(Math.max(...contentPages.map((page) => page.html + page.css))),
    `/${contentPages.reduce((top, page) => (page.html + page.css > top.html + top.css ? page : top)).page.replace(/index\.html$/, '')}`,
  ]]),
);
const scripted = weights.filter(({ page }) => SCRIPTED.test(page));
out.push(`Страницы со скриптом по замыслу: ${scripted.map(({ page, js }) => `/${page.replace(/index\.html$/, '')} ${kb(js)}`).join(', ')}.`, '');

if (real.lighthouse) {
  out.push(`## Lighthouse 12.2.3, мобильный профиль, реальное содержимое через nginx (медиана ${runs} запусков)`, '');
  table(['Страница', 'Performance', 'Accessibility', 'Best Practices', 'SEO'], real.lighthouse.map((row) => [row.page, ...CATEGORIES.map((id) => row[id])]));
  const failing = real.lighthouse.filter((row) => row.failing.length > 0);
  if (failing.length > 0) out.push(`Аудиты не на 100 хотя бы в одном запуске: ${failing.map((row) => `${row.page}: ${row.failing.join(', ')}`).join('; ')}.`, '');
}

const line = (ok: boolean | undefined, text: string): void => {
  out.push(budgetLine(ok, text));
};
out.push('## Бюджеты', '');
line(real.build.wallMs <= BUDGET.realBuildS * 1000, `реальное содержимое собирается за ≤ ${BUDGET.realBuildS} с: ${s(real.build.wallMs)}`);
if (large) {
  line(large.build.wallMs <= BUDGET.largeBuildS * 1000, `${int(large.entries)} записей собираются за ≤ ${BUDGET.largeBuildS} с: ${s(large.build.wallMs)}`);
  line(large.build.peakRss <= BUDGET.largeMemory, `пик памяти сборки ${int(large.entries)} записей ≤ 3 ГБ: ${gb(large.build.peakRss)}`);
  // The budget as the issue words it: everything a first search transfers until its results show.
  const first = Math.max(...large.search.map((row) => row.warm.bytes));
  const engine = Math.max(...large.search.map((row) => row.warm.engine));
  line(first <= BUDGET.queryBytes, `первые результаты запроса при ${int(large.entries)} записях, всё переданное с другой страницы ≤ 100 КБ: до ${kb(first)}, из них движок Pagefind с таблицей страниц ${kb(engine)} (один раз за визит)`);
  // And what each query costs once the engine is loaded: the index chunks of its words and the results' fragments.
  const query = Math.max(...large.search.map((row) => row.warm.query));
  line(query <= BUDGET.queryBytes, `сам запрос (части индекса и фрагменты результатов) при ${int(large.entries)} записях ≤ 100 КБ: до ${kb(query)} (${large.search.map((row) => `${row.query} ${kb(row.warm.query)}`).join(', ')})`);
  const opened = Math.max(...large.search.map((row) => row.opened.ms));
  line(opened <= BUDGET.openedSearchMs, `поиск при ${int(large.entries)} записях: от отправки запроса на открытой странице /search/ до первого результата ≤ ${BUDGET.openedSearchMs} мс: до ${Math.round(opened)} мс (${large.search.map((row) => `${row.query} ${Math.round(row.opened.ms)} мс`).join(', ')})`);
} else {
  line(undefined, 'сборка, память и запрос при 10 000 записях: не измерялись (--no-synthetic)');
}
const withScript = contentPages.filter(({ js }) => js > 0);
line(withScript.length === 0, `страницы содержания без JavaScript: ${contentPages.length - withScript.length} из ${contentPages.length}${withScript.length ? ` (со скриптом: ${withScript.map(({ page }) => page).join(', ')})` : ''}`);
const typical = median(contentPages.map((page) => page.html + page.css));
line(typical <= BUDGET.pageHtmlCss, `HTML + CSS типичной страницы содержания (медиана) ≤ 14 КБ gzip: ${kb(typical)}`);
if (real.lighthouse) {
  const below = real.lighthouse.flatMap((row) => CATEGORIES.filter((id) => row[id] < 100).map((id) => `${row.page} ${id} ${row[id]}`));
  line(below.length === 0, `Lighthouse 100 во всех категориях на ${real.lighthouse.length} страницах${below.length ? `: ниже — ${below.join(', ')}` : ''}`);
}
console.log(out.join('\n'));
