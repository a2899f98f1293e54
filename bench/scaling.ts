// The scaling table (npm run bench -- --sizes 1000,5000,10000,20000): synthetic content of each size
// (bench/generate.ts) built `runs` times from a cold Astro cache, then its pages, files and search
// measured — one Markdown row per size — and the budgets for growth as ✓/✗ lines. A size the machine
// cannot do (disk, memory, time) fails with the reason, and the larger ones are not tried.
import { globSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { timedBuild, type BuildResult } from './build.ts';
import { generateContent } from './generate.ts';
import { PAGEFIND_PUBLISHED, budgetLine, entriesIn, folderBytes, gb, int, kb, log, mb, s, tableLines } from './report.ts';
import { measureSearch, median, serve, type SearchRow } from './search.ts';
import { SCRIPTED, pageWeights } from './weight.ts';
import { plural } from '../src/format/typography.ts';

/**
 * dist/ bytes per entry may not grow past this: 245 МБ (this benchmark's МБ, 1024² bytes) of dist/ for
 * the 10,000-entry synthetic content (seed 1), the figure given when the scaling table was added —
 * about 24.5 KB per entry.
 */
export const BASELINE_DIST_PER_ENTRY = (245 * 1024 ** 2) / 10_000;

const BUDGET = {
  /** Pages per second at the largest size, as a share of those at the smallest: the cost per page may not grow. */
  throughput: 0.8,
  memoryAt20k: 4 * 1024 ** 3,
  buildAt10kS: 60,
  largestPageAt10k: 100 * 1024,
  typicalPageAt10k: 14 * 1024,
  /** The sitemaps protocol's limit per file. */
  sitemapUrls: 50_000,
  openedSearchAt10kMs: 300,
};

const PORT = 4513;
/** Disk a size takes while it is measured — content, site, Astro's cache — with room to spare (a site takes about 40 KB per entry). */
const DISK_PER_ENTRY = 100 * 1024;

export interface ScalingOptions {
  sizes: readonly number[];
  seed: number;
  runs: number;
  /** Seconds one build may take before it is stopped. */
  timeoutS: number;
  work: string;
  keep: boolean;
}

/** What was measured of one size. */
interface Row {
  size: number;
  entries: number;
  pages: number;
  builds: BuildResult[];
  /** The median of the runs' wall times. */
  buildMs: number;
  /** The highest of the runs' peaks. */
  peakRss: number;
  largest: { page: string; html: number };
  /** The median HTML + CSS of the content pages (not SCRIPTED), gzip. */
  typical: number;
  distBytes: number;
  pagefindBytes: number;
  /** URLs in each sitemap file (sitemap-index.xml lists them). */
  sitemaps: Map<string, number>;
  search: SearchRow[];
}

/** A size the machine cannot do (disk, memory, time): the larger sizes are not tried after it. */
class CannotDo extends Error {}

const pagesPerSecond = (row: Row): number => row.pages / (row.buildMs / 1000);
const runsOf = (count: number): string => `${count} ${plural(count, { one: 'запуска', few: 'запусков', many: 'запусков' })}`;
const address = (page: string): string => `/${page.replace(/index\.html$/, '')}`;

async function measureSize(size: number, { seed, runs, timeoutS, work }: ScalingOptions): Promise<Row> {
  const root = join(work, `size-${size}`);
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const { bavail, bsize } = statfsSync(work);
  if (bavail * bsize < size * DISK_PER_ENTRY) throw new CannotDo(`на диске свободно ${gb(bavail * bsize)}, а нужно около ${gb(size * DISK_PER_ENTRY)}`);
  log(`${int(size)} записей: содержимое…`);
  generateContent(content, { size, seed });
  const entries = entriesIn(content);
  const url = `http://127.0.0.1:${PORT}/`;
  const builds: BuildResult[] = [];
  for (let run = 1; run <= runs; run++) {
    // Every run from a cold Astro cache (astro.config.mjs keeps it beside the content) into an empty dist/.
    rmSync(join(root, '.astro-cache'), { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    log(`${int(size)} записей: сборка ${run} из ${runs}…`);
    try {
      builds.push(await timedBuild({ contentDir: content, outDir: dist, env: { SITE_URL: url.slice(0, -1) }, timeoutMs: timeoutS * 1000 }));
    } catch (error) {
      throw new CannotDo(error instanceof Error ? error.message : String(error));
    }
  }
  log(`${int(size)} записей: страницы и файлы…`);
  const weights = pageWeights(dist);
  const largest = weights.reduce((top, page) => (page.html > top.html ? page : top));
  const sitemaps = new Map(
    globSync('sitemap-*.xml', { cwd: dist })
      .filter((file) => file !== 'sitemap-index.xml')
      .map((file) => [file, readFileSync(join(dist, file), 'utf8').split('<url>').length - 1]),
  );
  const row: Row = {
    size, entries, builds,
    pages: weights.length,
    buildMs: median(builds.map((build) => build.wallMs)),
    peakRss: Math.max(...builds.map((build) => build.peakRss)),
    largest: { page: largest.page, html: largest.html },
    typical: median(weights.filter(({ page }) => !SCRIPTED.test(page)).map((page) => page.html + page.css)),
    distBytes: folderBytes(dist),
    pagefindBytes: folderBytes(join(dist, 'pagefind')),
    sitemaps,
    search: [],
  };
  const accessLog = join(root, 'access.log');
  const server = await serve(dist, PORT, accessLog);
  try {
    log(`${int(size)} записей: поиск (запусков на запрос: ${runs})…`);
    row.search = await measureSearch({ url, accessLog, runs });
  } finally {
    await server.stop();
  }
  return row;
}

/** Measures every size, smallest first, and returns the report's Markdown and whether every size was measured. */
export async function scaling(options: ScalingOptions): Promise<{ markdown: string; complete: boolean }> {
  const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  const rows: Row[] = [];
  const failed = new Map<number, string>();
  let beyond: number | undefined;
  for (const size of sizes) {
    if (beyond !== undefined) {
      failed.set(size, `не пробовали: машина не справилась с ${int(beyond)}`);
      continue;
    }
    try {
      rows.push(await measureSize(size, options));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${int(size)} записей: не удалось — ${message}`);
      failed.set(size, message.split('\n')[0]!);
      if (error instanceof CannotDo) beyond = size;
    } finally {
      if (!options.keep) rmSync(join(options.work, `size-${size}`), { recursive: true, force: true });
    }
  }

  const worst = (row: Row, figure: (search: SearchRow) => number): number => Math.max(...row.search.map(figure));
  const out: string[] = [
    `## Масштабирование: синтетическое содержимое (bench/generate.ts, seed ${options.seed}); сборка — медиана ${runsOf(options.runs)} с холодным кэшем Astro; ядер: ${availableParallelism()}, нагрузка машины перед замером (loadavg за минуту): ${loadavg()[0]!.toFixed(2)}`,
    '',
    'Пик памяти — RSS дерева процессов сборки (Pagefind — отдельный процесс), наибольший из запусков. Типичная страница — медиана HTML + CSS страниц содержания (без /search/, /sectors/*/, /briefing/), gzip уровня 6. Поиск — наибольшее из трёх запросов (каждый — медиана запусков): «первый поиск» — с другой страницы через форму в шапке, всё переданное до первого результата; «на открытой странице поиска» — от отправки формы до первого результата, движок уже загружен.',
    '',
  ];
  out.push(
    ...tableLines(
      ['Записей', 'Страниц', 'Сборка', 'Страниц/с', 'Пик памяти', 'Наибольшая HTML-страница', 'Где', 'Типичная страница HTML + CSS', 'dist/', 'dist/ на запись', 'Индекс Pagefind', 'Файлов sitemap', 'URL в наибольшем', 'Первый поиск: передано', 'время', 'Запрос на открытой странице поиска'],
      sizes.map((size) => {
        const row = rows.find((one) => one.size === size);
        if (!row) return [int(size), `✗ ${failed.get(size) ?? ''}`];
        return [
          int(row.entries), int(row.pages), s(row.buildMs), pagesPerSecond(row).toFixed(0), gb(row.peakRss), kb(row.largest.html), address(row.largest.page), kb(row.typical),
          mb(row.distBytes), kb(row.distBytes / row.entries), mb(row.pagefindBytes), row.sitemaps.size, int(Math.max(0, ...row.sitemaps.values())),
          kb(worst(row, ({ warm }) => warm.bytes)), `${Math.round(worst(row, ({ warm }) => warm.ms))} мс`, `${Math.round(worst(row, ({ opened }) => opened.ms))} мс`,
        ];
      }),
    ),
    `Сборки по запускам: ${rows.map((row) => `${int(row.entries)} — ${row.builds.map((build) => s(build.wallMs)).join(', ')}`).join('; ')}.`,
    '',
  );
  // Pagefind's own figure beside ours, at the size nearest to the 10,000 pages it speaks of.
  const near = [...rows].sort((a, b) => Math.abs(a.pages - 10_000) - Math.abs(b.pages - 10_000))[0];
  if (near) {
    const part = (key: 'bytes' | 'page' | 'engine' | 'query') => kb(worst(near, ({ warm }) => warm[key]));
    out.push(
      `${PAGEFIND_PUBLISHED.text} (${PAGEFIND_PUBLISHED.url}). Здесь при ${int(near.pages)} страницах первый поиск передаёт до ${part('bytes')}: движок Pagefind с таблицей страниц и словарь сайта — ${part('engine')}, сам запрос — ${part('query')}, страница поиска со скриптом — ${part('page')}.`,
      '',
    );
  }

  /** A budget at one size: measured, failed (✗ with the reason) or not asked for (–). */
  const at = (size: number, label: string, check: (row: Row) => [ok: boolean, figure: string]): string => {
    const row = rows.find((one) => one.size === size);
    if (row) {
      const [ok, figure] = check(row);
      return budgetLine(ok, `${label}: ${figure}`);
    }
    const reason = failed.get(size);
    return budgetLine(reason ? false : undefined, `${label}: ${reason ? `не измерено — ${reason}` : `не измерялось (нет размера ${int(size)} в --sizes)`}`);
  };
  const [smallest, largest] = [rows[0], rows.at(-1)];
  const lastSize = sizes.at(-1)!;
  out.push('## Бюджеты масштабирования', '');
  out.push(
    !smallest || !largest || sizes.length < 2
      ? budgetLine(undefined, 'страниц в секунду при наибольшем размере ≥ 0,8 × при наименьшем: нужно два размера или больше')
      : failed.has(lastSize)
        ? budgetLine(false, `страниц в секунду при ${int(lastSize)} записях ≥ 0,8 × при ${int(smallest.size)}: не измерено — ${failed.get(lastSize)}`)
        : budgetLine(
            pagesPerSecond(largest) >= BUDGET.throughput * pagesPerSecond(smallest),
            `страниц в секунду при ${int(largest.size)} записях ≥ 0,8 × при ${int(smallest.size)}: ${pagesPerSecond(largest).toFixed(0)} против ${pagesPerSecond(smallest).toFixed(0)} (×${(pagesPerSecond(largest) / pagesPerSecond(smallest)).toFixed(2)})`,
          ),
    at(20_000, 'пик памяти сборки при 20 000 записей ≤ 4 ГБ', (row) => [row.peakRss <= BUDGET.memoryAt20k, gb(row.peakRss)]),
    at(10_000, `10 000 записей собираются за ≤ ${BUDGET.buildAt10kS} с (медиана ${runsOf(options.runs)})`, (row) => [
      row.buildMs <= BUDGET.buildAt10kS * 1000,
      `${s(row.buildMs)} (${row.builds.map((build) => s(build.wallMs)).join(', ')})`,
    ]),
    at(10_000, 'наибольшая HTML-страница при 10 000 записей ≤ 100 КБ gzip', (row) => [row.largest.html <= BUDGET.largestPageAt10k, `${kb(row.largest.html)}, ${address(row.largest.page)}`]),
    at(10_000, 'HTML + CSS типичной страницы содержания (медиана) при 10 000 записей ≤ 14 КБ gzip', (row) => [row.typical <= BUDGET.typicalPageAt10k, kb(row.typical)]),
    at(10_000, `dist/ на запись при 10 000 записей не больше исходного (${kb(BASELINE_DIST_PER_ENTRY)}: 245 МБ на 10 000)`, (row) => [
      row.distBytes / row.entries <= BASELINE_DIST_PER_ENTRY,
      `${kb(row.distBytes / row.entries)} (dist/ ${mb(row.distBytes)})`,
    ]),
  );
  const sitemaps = rows.flatMap((row) => [...row.sitemaps].map(([file, urls]) => ({ size: row.size, file, urls })));
  const over = sitemaps.filter(({ urls }) => urls > BUDGET.sitemapUrls);
  out.push(
    budgetLine(
      rows.length === 0 || sitemaps.length === 0 ? undefined : over.length === 0,
      `в каждом файле sitemap ≤ 50 000 URL: ${sitemaps.length === 0 ? 'файлов sitemap нет' : over.length === 0 ? `наибольший — ${int(Math.max(...sitemaps.map(({ urls }) => urls)))}` : over.map(({ size, file, urls }) => `${int(size)}: ${file} — ${int(urls)}`).join(', ')}`,
    ),
    at(10_000, `поиск при 10 000 записей: от отправки запроса на открытой странице /search/ (движок загружен) до первого результата ≤ ${BUDGET.openedSearchAt10kMs} мс`, (row) => [
      worst(row, ({ opened }) => opened.ms) <= BUDGET.openedSearchAt10kMs,
      row.search.map(({ query, opened }) => `${query} ${Math.round(opened.ms)} мс`).join(', '),
    ]),
  );
  return { markdown: out.join('\n'), complete: failed.size === 0 };
}
