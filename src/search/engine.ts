/**
 * The query rules on top of Pagefind. Pagefind alone answers a word it does not know with the pages of
 * its longest known prefix («МАЗ» → «мая») and shortens some words to stems that begin unrelated words
 * («мая» → «ма» → «марта»). So each typed word is first looked up in the vocabulary of the content: a
 * word with no form there is reported as not found; otherwise each of its forms is looked up in Pagefind
 * exactly, the records of its forms are united, and the records of all the typed words intersected.
 * Pagefind's ordinary search of the typed word only scores them (its exact search does not rank).
 * Filters and their counts are sets of records, intersected here, so a count always says what ticking
 * it gives.
 */
import { FILTERS, SECTIONS } from './filters';
import { formsOf, type Vocabulary } from './vocabulary';
import { WORD, matchesWord, normalize, wordsOf } from './words';

/** The part of Pagefind's API used here. */
export interface Pagefind {
  search: (term: string | null, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] }>;
}

/**
 * Two instances of Pagefind over the one index: `words` searches the typed words, `facets` reads the
 * filters and the date order. Once an instance has loaded a filter, each of its searches also counts
 * every value of every filter (at 10,000 records a word's search then takes ~100 ms instead of ~10 ms);
 * the counts shown are this engine's own, so the instance searching words never loads a filter.
 */
export interface Indexes {
  words: Pagefind;
  facets: Pagefind;
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the record's indexed text. */
  words: number[];
  data: () => Promise<Fragment>;
}
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** A record that matched, with its relevance. */
export interface Hit {
  id: string;
  score: number;
}

/** Per filter, per value, the records that carry it. */
export type FilterSets = Map<string, Map<string, Set<string>>>;

/** How many records of Pagefind's plain search are read when its exact search finds none. */
const CHECKED_CANDIDATES = 50;

/** The words of a query, in order, each once: «Бабушкин, Минск» → «бабушкин», «минск». */
export const queryWords = (query: string): string[] => [...new Set((query.match(WORD) ?? []).map(normalize))];

export function createEngine(indexes: Indexes, vocabulary: Vocabulary) {
  /**
   * Each record any search has returned (kept, because Pagefind frees a result's data once the result
   * object is gone), and those loaded.
   */
  const seen = new Map<string, PagefindResult>();
  const fragments = new Map<string, Promise<Fragment>>();
  /** An instance's searches, one at a time: searches running at once can miss index chunks another is loading. */
  const serial = (pagefind: Pagefind) => {
    let queue: Promise<unknown> = Promise.resolve();
    return (term: string | null, options?: Record<string, unknown>): Promise<PagefindResult[]> => {
      const next = queue.then(async () => {
        const { results } = await pagefind.search(term, options);
        for (const result of results) if (!seen.has(result.id)) seen.set(result.id, result);
        return results;
      });
      queue = next.catch(() => undefined);
      return next;
    };
  };
  const search = serial(indexes.words);
  const facets = serial(indexes.facets);
  const exact = new Map<string, Promise<PagefindResult[]>>();
  /** Records holding one form exactly (Pagefind compares the form's stem with the stems it indexed). */
  const lookup = (form: string) => {
    let found = exact.get(form);
    if (!found) exact.set(form, (found = search(`"${form}"`)));
    return found;
  };

  /** Records matching a typed word by any of its forms; empty when no form is in the content. */
  async function wordHits(word: string): Promise<Map<string, Hit>> {
    const forms = formsOf(vocabulary, word);
    if (forms.length === 0) return new Map();
    const [members, ranked] = await Promise.all([Promise.all(forms.map(lookup)), search(word)]);
    const scores = new Map(ranked.map(({ id, score }) => [id, score]));
    let ids = members.flat().map(({ id }) => id);
    if (ids.length === 0) {
      // Pagefind's exact search misses a few words its plain search finds (a number in «15–17», a part
      // of «Виват-Могилев»): then the plain search's records are read and checked word by word.
      const candidates = ranked.slice(0, CHECKED_CANDIDATES);
      const texts = await Promise.all(candidates.map(({ id }) => engine.load(id)));
      ids = candidates.filter((_, index) => wordsOf(texts[index]!.content).some((part) => forms.includes(part))).map(({ id }) => id);
    }
    return new Map(ids.map((id) => [id, { id, score: scores.get(id) ?? 0 }]));
  }

  const engine = {
    /**
     * Records matching every word: each word by a form of it or, while typed, a word it begins. `missing`
     * lists the words the content does not hold; then nothing matches.
     */
    async match(words: readonly string[]): Promise<{ missing: string[]; hits: Map<string, Hit> }> {
      const perWord = await Promise.all(words.map(wordHits));
      const missing = words.filter((_, index) => perWord[index]!.size === 0);
      if (missing.length > 0 || perWord.length === 0) return { missing, hits: new Map() };
      const [first, ...rest] = perWord as [Map<string, Hit>, ...Map<string, Hit>[]];
      const hits = new Map<string, Hit>();
      for (const [id, hit] of first) {
        const others = rest.map((map) => map.get(id));
        if (others.every((other) => other !== undefined)) hits.set(id, { id, score: hit.score + others.reduce((sum, other) => sum + other.score, 0) });
      }
      return { missing: [], hits };
    },

    /** The records of each filter value; asked once per visit. */
    async filterSets(filters: ReadonlyMap<string, readonly string[]>): Promise<FilterSets> {
      const sets: FilterSets = new Map();
      for (const [name, values] of filters) {
        const byValue = new Map<string, Set<string>>();
        for (const value of values) byValue.set(value, new Set((await facets(null, { filters: { [name]: value } })).map(({ id }) => id)));
        sets.set(name, byValue);
      }
      return sets;
    },

    /** The dated records, oldest first. */
    async byDate(): Promise<string[]> {
      return (await facets(null, { sort: { date: 'asc' } })).map(({ id }) => id);
    },

    /** A record's title, text and metadata, from its fragment file (fetched once). */
    load(id: string): Promise<Fragment> {
      let fragment = fragments.get(id);
      if (!fragment) fragments.set(id, (fragment = seen.get(id)!.data()));
      return fragment;
    },
  };
  return engine;
}

export type Engine = ReturnType<typeof createEngine>;

/** The records in any of the chosen values of each filter, and in every filter chosen. */
function chosen(sets: FilterSets, selected: ReadonlyMap<string, readonly string[]>, except?: string): Set<string> | undefined {
  let result: Set<string> | undefined;
  for (const [name, values] of selected) {
    if (name === except || values.length === 0) continue;
    const union = new Set(values.flatMap((value) => [...(sets.get(name)?.get(value) ?? [])]));
    result = result ? new Set([...result].filter((id) => union.has(id))) : union;
  }
  return result;
}

export interface Answer {
  /** Records to show, in order. */
  ids: string[];
  /** Per filter, per value: how many records ticking it gives, the other filters kept. */
  counts: Map<string, Map<string, number>>;
}

/** How results are ordered: by relevance (with no words typed: newest first), newest or oldest first. */
export type Order = 'relevance' | 'new' | 'old';

/**
 * The records a search shows and the counts of its filters. `hits` are the text matches, or undefined
 * when no words were typed (then the filters alone choose). `dated` lists the dated records, oldest
 * first; in date order the undated come last.
 */
export function answer(
  hits: ReadonlyMap<string, Hit> | undefined,
  sets: FilterSets,
  selected: ReadonlyMap<string, readonly string[]>,
  dated: readonly string[],
  order: Order = 'relevance',
): Answer {
  const every = new Set([...sets.values()].flatMap((byValue) => [...byValue.values()].flatMap((set) => [...set])));
  const base = hits ? new Set(hits.keys()) : every;
  const within = (extra: Set<string> | undefined) => (extra ? [...base].filter((id) => extra.has(id)) : [...base]);
  const filtered = within(chosen(sets, selected));
  const counts = new Map<string, Map<string, number>>();
  for (const [name, byValue] of sets) {
    const others = new Set(within(chosen(sets, selected, name)));
    counts.set(name, new Map([...byValue].map(([value, set]) => [value, [...set].filter((id) => others.has(id)).length])));
  }
  const noFilters = [...selected.values()].every((values) => values.length === 0);
  const ids = hits || !noFilters ? filtered : [];
  const score = (id: string) => hits?.get(id)?.score ?? 0;
  if (order === 'relevance' && hits) ids.sort((a, b) => score(b) - score(a));
  else {
    const newest = order !== 'old';
    const rank = new Map(dated.map((id, index) => [id, newest ? dated.length - index : index]));
    const place = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
    ids.sort((a, b) => place(a) - place(b) || score(b) - score(a));
  }
  return { ids, counts };
}

/** How many of the best persons and regions are checked for being what was asked. */
const NAMED_CANDIDATES = 20;

/**
 * Persons and regions whose name the query is («Бабушкин», «Могилёв»: every typed word is a word of the
 * name) come first, so their own page leads; the rest keep their order.
 */
export async function ownPagesFirst(ids: readonly string[], sets: FilterSets, words: readonly string[], load: (id: string) => Promise<Fragment>): Promise<string[]> {
  const sections = sets.get(FILTERS.section);
  const named = (id: string) => [SECTIONS.person, SECTIONS.region].some((section) => sections?.get(section)?.has(id));
  const candidates = ids.filter(named).slice(0, NAMED_CANDIDATES);
  const titles = await Promise.all(candidates.map(async (id) => wordsOf((await load(id)).meta['title'] ?? '')));
  const own = new Set(candidates.filter((_, index) => words.every((word) => titles[index]!.some((part) => matchesWord(word, part)))));
  return [...ids.filter((id) => own.has(id)), ...ids.filter((id) => !own.has(id))];
}
