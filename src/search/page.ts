/**
 * The search page: the query and the filters live in the URL (?q=…&Год=2014&Регион=…), each submitted
 * search or change of filters is one step in the browser's history, and results are written as text,
 * only the matched words marked.
 */
import { answer, createEngine, ownPagesFirst, queryWords, type Engine, type FilterSets, type Fragment, type Order, type Pagefind } from './engine';
import { resultParts, type Part } from './excerpt';
import { cardOf } from './result';
import { readVocabulary, suggestionsFor, type Vocabulary, type VocabularyFile } from './vocabulary';
import { nouns, search as text } from '../i18n/ru';
import { countOf } from '../format/typography';
import { FILTERS, SECTIONS } from './filters';

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const panel = document.querySelector<HTMLDetailsElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const suggestions = document.querySelector<HTMLElement>('#search-suggestions')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const chosenBar = document.querySelector<HTMLElement>('#search-chosen')!;
const chips = document.querySelector<HTMLUListElement>('#search-chips')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const filterValues = new Map<string, string[]>();
for (const box of checkboxes) filterValues.set(box.name, [...(filterValues.get(box.name) ?? []), box.value]);

// ——— The state: the URL's query string and the form, each from the other.

/** Filter values of the URL that no record carries (a year with nothing, say): kept, so they select nothing. */
let unknown: [string, string][] = [];

function restore(params: URLSearchParams) {
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);
  unknown = [...params].filter(([name, value]) => filterValues.get(name) && !filterValues.get(name)!.includes(value));
}

function current(): URLSearchParams {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
  for (const [name, value] of unknown) params.append(name, value);
  if (sort.value) params.set('sort', sort.value);
  return params;
}

const addressOf = (params: URLSearchParams) => `${location.pathname}${params.size ? `?${params}` : ''}`;

/**
 * Typing changes the current history entry; the first keystroke after a finished search opens a new
 * one, so Back returns to that search. Submitting, ticking a filter or choosing an order is a step.
 */
let typing = false;
function record(step: 'typing' | 'step') {
  const address = addressOf(current());
  if (address === `${location.pathname}${location.search}`) return;
  if (step === 'typing' && typing) history.replaceState(null, '', address);
  else history.pushState(null, '', address);
  typing = step === 'typing';
}

// ——— The engine: Pagefind and the vocabulary start loading as the page opens.

interface Ready {
  engine: Engine;
  vocabulary: Vocabulary;
  sets: FilterSets;
  dated: string[];
}

async function start(): Promise<Ready> {
  const basePath = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
  const [pagefind, file] = await Promise.all([
    import(/* @vite-ignore */ `${basePath}pagefind.js`) as Promise<{ createInstance: (options: object) => Pagefind & { init: () => Promise<void> } }>,
    fetch(form.dataset['words']!).then((response) => response.json() as Promise<VocabularyFile>),
  ]);
  const instance = async (noWorker: boolean) => {
    // The records' addresses already carry the base path.
    const one = pagefind.createInstance({ basePath, baseUrl: '/', noWorker });
    await one.init();
    return one;
  };
  // Words are searched on the page itself: such a search takes a few milliseconds, and a round trip to
  // Pagefind's worker costs about as much again (at 10,000 records, «Могилёв» on the open search page:
  // 280 ms through the worker, 210 ms without). The filters, read once as the page opens, stay in the worker.
  // The second instance starts once the first has its files, so it takes them from the browser's cache.
  const words = await instance(true);
  const vocabulary = readVocabulary(file);
  const engine = createEngine({ words, facets: await instance(false) }, vocabulary);
  const [sets, dated] = await Promise.all([engine.filterSets(filterValues), engine.byDate()]);
  return { engine, vocabulary, sets, dated };
}
const ready = start();

// ——— Rendering.

function write(element: HTMLElement, parts: Part[]) {
  element.replaceChildren(
    ...parts.map((part) => {
      if (!part.marked) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
}

function renderResult({ url, content, meta, filters }: Fragment, typed: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const title = meta['title'] ?? url;
  const card = cardOf(url, title, filters);
  const kind = document.createElement('p');
  kind.className = 'result-kind';
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = card.badge;
  kind.append(badge, card.details ? ` ${card.details}` : '');
  const link = document.createElement('a');
  link.href = url;
  link.className = 'result-title';
  const parts = resultParts(content, card.title ?? title, typed);
  write(link, parts.title);
  item.append(kind, link);
  if (parts.excerpt.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    write(excerpt, parts.excerpt);
    item.append(excerpt);
  }
  return item;
}

let pending: string[] = [];
let typedWords: string[] = [];
let generation = 0;

async function showMore(run: number) {
  const { engine } = await ready;
  const next = pending.splice(0, PAGE_SIZE);
  const items = await Promise.all(next.map(async (id) => renderResult(await engine.load(id), typedWords)));
  if (run !== generation) return;
  list.append(...items);
  more.hidden = pending.length === 0;
}

function showFilters(counts: Map<string, Map<string, number>>) {
  for (const counter of document.querySelectorAll<HTMLElement>('.count'))
    counter.textContent = String(counts.get(counter.dataset['filter']!)?.get(counter.dataset['value']!) ?? 0);
  const ticked: [string, string, () => void][] = [
    ...checkboxes.filter((box) => box.checked).map((box): [string, string, () => void] => [box.name, box.value, () => (box.checked = false)]),
    ...unknown.map(([name, value]): [string, string, () => void] => [name, value, () => (unknown = unknown.filter((pair) => pair[0] !== name || pair[1] !== value))]),
  ];
  document.querySelector('#filters-count')!.textContent = ticked.length ? `(${ticked.length})` : '';
  chips.replaceChildren(
    ...ticked.map(([name, value, remove]) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${name}: ${value} ×`;
      button.setAttribute('aria-label', text.removeFilter(name, value));
      button.addEventListener('click', () => {
        remove();
        changed();
      });
      item.append(button);
      return item;
    }),
  );
  chosenBar.hidden = ticked.length === 0 && !input.value.trim();
}

function showSuggestions(words: string[]) {
  suggestions.hidden = words.length === 0;
  suggestions.querySelector('ul')!.replaceChildren(
    ...words.map((word) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const params = current();
      params.set('q', word);
      link.href = addressOf(params);
      link.textContent = word;
      item.append(link);
      return item;
    }),
  );
}

/** «Найдено: 12 результатов: 5 документов, 7 контактов». */
function found(ids: string[], sets: FilterSets): string {
  const sections = sets.get(FILTERS.section);
  const kinds: [string, (typeof nouns)[keyof typeof nouns]][] = [
    [SECTIONS.agreement, nouns.document],
    [SECTIONS.contact, nouns.contact],
    [SECTIONS.sector, nouns.sectorRecord],
    [SECTIONS.person, nouns.person],
    [SECTIONS.region, nouns.region],
  ];
  const parts = kinds
    .map(([section, forms]) => [ids.filter((id) => sections?.get(section)?.has(id)).length, forms] as const)
    .filter(([count]) => count > 0)
    .map(([count, forms]) => countOf(count, forms));
  const other = ids.length - ids.filter((id) => [...(sections?.values() ?? [])].some((set) => set.has(id))).length;
  if (other > 0) parts.push(countOf(other, nouns.listPage));
  return text.found(countOf(ids.length, nouns.result), parts);
}

// ——— One search.

async function run() {
  const run = ++generation;
  const params = current();
  const query = params.get('q') ?? '';
  const words = queryWords(query);
  const selected = new Map([...filterValues.keys()].map((name) => [name, params.getAll(name)]));
  const filtered = [...selected.values()].some((values) => values.length > 0);
  list.replaceChildren();
  more.hidden = true;
  showSuggestions([]);
  if (words.length === 0 && !filtered) {
    status.textContent = text.prompt;
  } else status.textContent = text.loading;
  try {
    const { engine, vocabulary, sets, dated } = await ready;
    if (run !== generation) return;
    const matched = words.length > 0 ? await engine.match(words) : undefined;
    if (run !== generation) return;
    const { ids, counts } = answer(matched?.hits, sets, selected, dated, (params.get('sort') || 'relevance') as Order);
    showFilters(counts);
    if (words.length === 0 && !filtered) return;
    if (matched && matched.missing.length > 0) {
      status.textContent = text.nothing(query, matched.missing.length < words.length ? matched.missing : []);
      showSuggestions([...new Set(matched.missing.flatMap((word) => suggestionsFor(vocabulary, word)))].slice(0, 8));
      return;
    }
    if (ids.length === 0) {
      status.textContent = words.length > 0 ? text.nothingFiltered(query) : text.nothingForFilters;
      return;
    }
    pending = words.length > 0 && !params.get('sort') ? await ownPagesFirst(ids, sets, words, engine.load) : [...ids];
    if (run !== generation) return;
    typedWords = words;
    await showMore(run);
    if (run !== generation) return;
    // Announced once the first results are on the page.
    status.textContent = found(ids, sets);
  } catch (error) {
    status.textContent = text.failed;
    throw error;
  }
}

function changed() {
  record('step');
  run();
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    record('typing');
    run();
  }, 250);
});
form.addEventListener('change', (event) => event.target !== input && changed());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  record('step');
  typing = false;
  run();
});
document.querySelector('#search-reset')!.addEventListener('click', () => {
  restore(new URLSearchParams());
  changed();
  input.focus();
});
more.addEventListener('click', () => showMore(generation));
addEventListener('popstate', () => {
  typing = false;
  restore(new URLSearchParams(location.search));
  run();
});

// Wide screens show the filters beside the results; phones fold them, so the results come first.
const wide = matchMedia('(min-width: 56rem)');
panel.open = wide.matches;
wide.addEventListener('change', () => (panel.open = wide.matches));

document.querySelector<HTMLElement>('#search-fallback')!.hidden = true;
document.querySelector<HTMLElement>('#search-ui')!.hidden = false;
restore(new URLSearchParams(location.search));
run();
