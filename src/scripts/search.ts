/**
 * The search page: Pagefind queried from the form, the query and filters kept in the URL
 * (?q=…&Год=2014&Регион=…) so a search can be shared, and results written as text, marks aside.
 */
import { excerptParts } from '../lib/excerpt';
import { stemQuery } from '../lib/query';
import { nouns, search as text } from '../lib/strings';
import { countOf } from '../lib/typography';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<PagefindSearch['filters']>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const ui = document.querySelector<HTMLElement>('#search-ui')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filterNames = [...new Set(checkboxes.map((box) => box.name))];

/** The URL's query string as the form's state, and back. */
function restore(params: URLSearchParams) {
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);
}

function current() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
  if (sort.value) params.set('sort', sort.value);
  return params;
}

let pagefind: Pagefind | undefined;
let shown: PagefindSearch['results'] = [];
let generation = 0;

async function load(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await module.options({ baseUrl: base, excerptLength: 24 });
  await module.init();
  return module;
}

function renderResult({ url, excerpt, meta }: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = url;
  link.className = 'result-title';
  link.textContent = meta['title'] ?? url;
  const info = document.createElement('p');
  info.className = 'result-meta';
  info.textContent = [meta['kind'], meta['date']].filter(Boolean).join(' · ');
  const snippet = document.createElement('p');
  snippet.className = 'result-excerpt';
  for (const part of excerptParts(excerpt)) {
    const node = part.marked ? document.createElement('mark') : document.createTextNode(part.text);
    if (part.marked) node.textContent = part.text;
    snippet.append(node);
  }
  item.append(link, info, snippet);
  return item;
}

async function showMore(run: number) {
  const next = shown.splice(0, PAGE_SIZE);
  const items = await Promise.all(next.map(async (result) => renderResult(await result.data())));
  if (run !== generation) return;
  list.append(...items);
  more.hidden = shown.length === 0;
}

function updateCounts(counts: PagefindSearch['filters']) {
  for (const counter of document.querySelectorAll<HTMLElement>('.count')) {
    counter.textContent = String(counts[counter.dataset['filter']!]?.[counter.dataset['value']!] ?? 0);
  }
}

/** Counts per filter value; within a group, what ticking one more of its values would give. */
async function facetCounts(pagefind: Pagefind, query: string | null, filters: Record<string, unknown>) {
  await pagefind.filters(); // every filter's index, so that the counts cover all filters
  const counts = (await pagefind.search(query, { filters })).filters;
  for (const name of Object.keys(filters)) {
    const { [name]: _, ...others } = filters;
    counts[name] = (await pagefind.search(query, { filters: others })).filters[name] ?? {};
  }
  return counts;
}

async function run() {
  const run = ++generation;
  const params = current();
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  const typed = params.get('q');
  const query = typed && stemQuery(typed);
  const filters = Object.fromEntries(
    filterNames.filter((name) => params.has(name)).map((name) => [name, { any: params.getAll(name) }]),
  );
  list.replaceChildren();
  more.hidden = true;
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = text.prompt;
    return;
  }
  status.textContent = text.loading;
  try {
    pagefind ??= await load();
    const order = params.get('sort');
    const search = await pagefind.search(query, {
      filters,
      ...(order && { sort: { date: order === 'new' ? 'desc' : 'asc' } }),
    });
    if (run !== generation) return;
    const total = search.results.length;
    shown = [...search.results];
    await showMore(run);
    if (run !== generation) return;
    // Announced once the first results are on the page; the counts follow.
    status.textContent = total ? `${text.found}: ${countOf(total, nouns.result)}` : text.nothing;
    const counts = await facetCounts(pagefind, query, filters);
    if (run === generation) updateCounts(counts);
  } catch (error) {
    status.textContent = text.failed;
    throw error;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 250);
});
form.addEventListener('change', (event) => event.target !== input && run());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
more.addEventListener('click', () => showMore(generation));

document.querySelector<HTMLElement>('#search-fallback')!.hidden = true;
ui.hidden = false;
restore(new URLSearchParams(location.search));
run();
