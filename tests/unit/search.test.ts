/** The search's own rules: which word matches which, the vocabulary, excerpts, filters and their counts. */
import { describe, expect, it } from 'vitest';
import { answer, createEngine, queryWords, type FilterSets, type Pagefind, type PagefindResult } from '../../src/search/engine';
import { markWords, resultParts } from '../../src/search/excerpt';
import { buildVocabulary, formsOf, readVocabulary, suggestionsFor } from '../../src/search/vocabulary';
import { matchesWord, sameWord, wordsOf } from '../../src/search/words';

describe('a typed word matches a word of the content', () => {
  it('in any of its case forms, «ё» and «е» alike', () => {
    const forms = ['Могилёв', 'Могилёва', 'Могилеве', 'Могилевом', 'Могилеву'];
    for (const typed of forms) for (const word of forms) expect(matchesWord(typed, word), `${typed} → ${word}`).toBe(true);
    expect(matchesWord('трактор', 'тракторов')).toBe(true);
    expect(matchesWord('тракторов', 'трактор')).toBe(true);
    expect(matchesWord('Бабушкина', 'Бабушкиным')).toBe(true);
  });

  it('as a real beginning while it is typed, from three letters', () => {
    expect(matchesWord('трак', 'трактор')).toBe(true);
    expect(matchesWord('трак', 'тракторов')).toBe(true);
    expect(matchesWord('Могилёв', 'Могилевская')).toBe(true);
    expect(matchesWord('тр', 'трактор')).toBe(false);
  });

  it('never by a shorter prefix of the typed word, or by another word with the same start', () => {
    expect(matchesWord('МАЗ', 'мая')).toBe(false);
    expect(matchesWord('мая', 'марта')).toBe(false);
    expect(matchesWord('мая', 'малого')).toBe(false);
    expect(matchesWord('асдфгх', 'АО')).toBe(false);
    expect(matchesWord('тракторов', 'трак')).toBe(false);
    // «Могилеве» is the city in the prepositional case, not the oblast's adjective.
    expect(matchesWord('Могилеве', 'Могилевского')).toBe(false);
    expect(sameWord('Головченко', 'Головкова')).toBe(false);
  });

  it('splits a text into words as the index does: punctuation off, hyphenated words whole and in parts', () => {
    expect(wordsOf('«Лотос», вице-губернатора (2023 г.)')).toEqual(['лотос', 'вице-губернатора', 'вице', 'губернатора', '2023', 'г']);
    expect(queryWords('  Бабушкин, МИНСК бабушкин ')).toEqual(['бабушкин', 'минск']);
  });
});

describe('the vocabulary', () => {
  const vocabulary = readVocabulary(
    buildVocabulary([
      'Команда MAZ-SPORTauto ежегодно принимает участие',
      'Встреча в г. Могилёве, в Могилеве и Могилёвской области',
      'Бабушкин И.Ю. Губернатор',
      'Губернатора Бабушкина И.Ю.',
      '20–25 мая 2025 г., Минский тракторный завод, 230 тракторов',
    ]),
  );

  it('counts the records holding each word and keeps its most frequent written form', () => {
    const index = vocabulary.words.indexOf('могилеве');
    expect(vocabulary.counts[index]).toBe(1);
    expect(vocabulary.shown[vocabulary.words.indexOf('губернатор')]).toBe('Губернатор');
    expect(vocabulary.shown[vocabulary.words.indexOf('maz')]).toBe('MAZ');
    expect([...vocabulary.words]).toEqual([...vocabulary.words].sort());
  });

  it('gives the forms of a typed word and the words it begins', () => {
    expect(formsOf(vocabulary, 'Могилёва')).toEqual(['могилеве']);
    expect(formsOf(vocabulary, 'могилёв')).toEqual(['могилеве', 'могилевской']);
    expect(formsOf(vocabulary, 'трак')).toEqual(['тракторный', 'тракторов']);
    expect(formsOf(vocabulary, 'бабушкин')).toEqual(['бабушкин', 'бабушкина']);
    expect(formsOf(vocabulary, 'МАЗ')).toEqual([]);
    expect(formsOf(vocabulary, 'асдфгх')).toEqual([]);
  });

  it('suggests words that exist: the other keyboard layout, Latin letters, a typo', () => {
    expect(suggestionsFor(vocabulary, 'МАЗ')).toContain('MAZ');
    expect(suggestionsFor(vocabulary, 'vjubktdt')).toContainEqual(expect.stringMatching(/^Могил[её]ве$/));
    expect(suggestionsFor(vocabulary, 'Бабушкен')).toContain('Бабушкин');
    expect(suggestionsFor(vocabulary, 'асдфгх')).toEqual([]);
  });
});

describe('a result\'s title and excerpt', () => {
  const text = 'Ярмарка в г. Могилеве\n27–31 августа 2025 г. в г. Могилеве прошла ярмарка астраханских товаров.';

  it('marks the matched words only, punctuation outside the mark, words never run together', () => {
    const { title, excerpt } = resultParts(text, 'Ярмарка в г. Могилеве', ['могилев']);
    expect(title).toEqual([{ text: 'Ярмарка в г. ', marked: false }, { text: 'Могилеве', marked: true }]);
    expect(excerpt.map((part) => part.text).join('')).toBe('27–31 августа 2025 г. в г. Могилеве прошла ярмарка астраханских товаров.');
    expect(excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['Могилеве']);
  });

  it('shows the part of a long text around the matches, and says where it is cut', () => {
    const words = Array.from({ length: 100 }, (_, index) => `слово${index}`);
    words[60] = 'Витебск.';
    const parts = resultParts(['Заголовок', ...words].join(' '), 'Заголовок', ['витебск']);
    const shown = parts.excerpt.map((part) => part.text).join('');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(parts.excerpt.filter((part) => part.marked)).toEqual([{ text: 'Витебск', marked: true }]);
  });

  it('keeps a sector item\'s place as its title when the text does not begin with it', () => {
    const { title, excerpt } = resultParts('Открыт торгово-сервисный центр Минского тракторного завода', 'Сельское хозяйство, пункт 1', ['трак']);
    expect(title).toEqual([{ text: 'Сельское хозяйство, пункт 1', marked: false }]);
    expect(excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['тракторного']);
  });

  it('gives markup in the text back as text', () => {
    expect(markWords(['<img', 'src=x>'], new Set([0]), 0, 2)).toEqual([{ text: '<', marked: false }, { text: 'img', marked: true }, { text: ' src=x>', marked: false }]);
  });
});

describe('filters and counts', () => {
  const sets: FilterSets = new Map([
    ['Раздел', new Map([['Документ', new Set(['d1', 'd2', 'd3'])], ['Контакт', new Set(['c1', 'c2'])]])],
    ['Год', new Map([['2023', new Set(['d1', 'c1'])], ['2024', new Set(['d2', 'c2'])]])],
  ]);
  const dated = ['d3', 'd1', 'c1', 'd2', 'c2'];
  const hits = new Map(['d1', 'd2', 'c1', 'x'].map((id, index) => [id, { id, score: 10 - index }]));

  it('intersects the words\' records with each filter, a union within one filter', () => {
    const { ids } = answer(hits, sets, new Map([['Раздел', ['Документ', 'Контакт']], ['Год', ['2023']]]), dated);
    expect(ids.sort()).toEqual(['c1', 'd1']);
  });

  it('counts for each value what ticking it gives, with the other filters kept', () => {
    const { counts } = answer(hits, sets, new Map([['Год', ['2023']]]), dated);
    expect(counts.get('Раздел')).toEqual(new Map([['Документ', 1], ['Контакт', 1]]));
    // Within «Год» the count ignores the year already ticked: what another year would add.
    expect(counts.get('Год')).toEqual(new Map([['2023', 2], ['2024', 1]]));
  });

  it('with no words, lists what the filters choose, newest first; with neither, nothing', () => {
    expect(answer(undefined, sets, new Map([['Раздел', ['Документ']]]), dated).ids).toEqual(['d2', 'd1', 'd3']);
    expect(answer(undefined, sets, new Map(), dated).ids).toEqual([]);
  });

  it('orders by relevance, or by date with the undated last', () => {
    expect(answer(hits, sets, new Map(), dated).ids).toEqual(['d1', 'd2', 'c1', 'x']);
    expect(answer(hits, sets, new Map(), dated, 'old').ids).toEqual(['d1', 'c1', 'd2', 'x']);
    expect(answer(hits, sets, new Map(), dated, 'new').ids).toEqual(['d2', 'c1', 'd1', 'x']);
  });
});

describe('the engine', () => {
  /** A stand-in for Pagefind: exact search finds records holding the word; plain search scores them. */
  const records: Record<string, string> = { a: 'Могилеве ярмарка', b: 'Могилёв город', c: 'мая марта' };
  const result = (id: string, score = 1): PagefindResult => ({ id, score, words: [], data: async () => ({ url: id, content: records[id]!, meta: {}, filters: {} }) });
  const calls: string[] = [];
  let running = 0;
  const pagefind: Pagefind = {
    async search(term, options) {
      calls.push(String(term));
      expect(options, 'the instance searching words is given no filters or order').toBeUndefined();
      expect(++running, 'searches run one at a time').toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running--;
      const exact = /^"(.*)"$/.exec(term ?? '')?.[1];
      const ids = Object.keys(records).filter((id) => wordsOf(records[id]!).some((word) => (exact ? word === exact : word.startsWith((term ?? '').slice(0, 2)))));
      return { results: ids.map((id) => result(id, id === 'b' ? 5 : 1)) };
    },
  };
  const vocabulary = readVocabulary(buildVocabulary(Object.values(records)));
  const facetCalls: unknown[] = [];
  const facets: Pagefind = {
    async search(term, options) {
      facetCalls.push([term, options]);
      return { results: term === null ? Object.keys(records).map((id) => result(id)) : [] };
    },
  };
  const engine = createEngine({ words: pagefind, facets }, vocabulary);

  it('reports a word the content lacks instead of matching a shorter prefix of it', async () => {
    const { missing, hits } = await engine.match(['маз']);
    expect(missing).toEqual(['маз']);
    expect(hits.size).toBe(0);
    expect(calls).toEqual([]);
  });

  it('unites the records of a word\'s forms, scored by the plain search', async () => {
    const { hits } = await engine.match(['могилева']);
    expect([...hits.keys()].sort()).toEqual(['a', 'b']);
    expect(hits.get('b')!.score).toBe(5);
    expect(calls.filter((call) => call.startsWith('"')).sort()).toEqual(['"могилев"', '"могилеве"']);
  });

  it('reads filters and dates from its own instance, so the one searching words never loads a filter', async () => {
    const sets = await engine.filterSets(new Map([['Год', ['2023', '2024']]]));
    expect([...sets.get('Год')!.get('2024')!]).toEqual(['a', 'b', 'c']);
    expect(await engine.byDate()).toEqual(['a', 'b', 'c']);
    expect(facetCalls).toEqual([
      [null, { filters: { Год: '2023' } }],
      [null, { filters: { Год: '2024' } }],
      [null, { sort: { date: 'asc' } }],
    ]);
    await engine.match(['могилев']);
    expect(calls.every((call) => call !== 'null')).toBe(true);
  });

  it('keeps only records matching every word', async () => {
    expect([...(await engine.match(['могилев', 'ярмарка'])).hits.keys()]).toEqual(['a']);
    expect((await engine.match(['мая'])).hits.has('c')).toBe(true);
    expect((await engine.match(['мая', 'ярмарка'])).hits.size).toBe(0);
  });
});
