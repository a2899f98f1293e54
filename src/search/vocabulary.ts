/**
 * The words of every search record, with how many records hold each: what a query is checked against
 * before the index is asked, so that a word found nowhere gives «ничего не найдено» and near words
 * that do exist, never a hit on an unrelated shorter prefix.
 */
import { MIN_PREFIX, WORD, matchesWord, normalize, wordsOf } from './words';
import { distance } from '../format/distance';

/** As published: [the word as the content most often writes it, number of records], by normalised word. */
export type VocabularyFile = [string, number][];

export interface Vocabulary {
  /** Normalised words, sorted. */
  words: string[];
  /** The written form of each word («Могилёв»), for suggestions. */
  shown: string[];
  /** Records holding each word. */
  counts: number[];
}

/** The vocabulary of a set of texts, one text per record. */
export function buildVocabulary(texts: readonly string[]): VocabularyFile {
  const records = new Map<string, number>();
  const written = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) records.set(word, (records.get(word) ?? 0) + 1);
    for (const whole of text.match(WORD) ?? [])
      for (const raw of new Set([whole, ...whole.split(/[-‐‑]/)])) {
        const forms = written.get(normalize(raw)) ?? new Map<string, number>();
        forms.set(raw, (forms.get(raw) ?? 0) + 1);
        written.set(normalize(raw), forms);
      }
  }
  const shownOf = (word: string) => [...(written.get(word) ?? new Map([[word, 1]]))].sort((a, b) => b[1] - a[1])[0]![0];
  return [...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, count]) => [shownOf(word), count]);
}

export function readVocabulary(file: VocabularyFile): Vocabulary {
  return { words: file.map(([word]) => normalize(word)), shown: file.map(([word]) => word), counts: file.map(([, count]) => count) };
}

/** Index of the first word not sorting before `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Words beginning with `prefix`, as indexes into the vocabulary. */
function withPrefix({ words }: Vocabulary, prefix: string): number[] {
  const found: number[] = [];
  for (let index = lowerBound(words, prefix); index < words.length && words[index]!.startsWith(prefix); index++) found.push(index);
  return found;
}

/** Two forms of one word share at least their first four letters (or the whole of a shorter word). */
const SHARED = 4;

/** The words of the content a typed word matches: its forms, and the words it begins (from three letters). */
export function formsOf(vocabulary: Vocabulary, typed: string): string[] {
  const word = normalize(typed);
  const candidates = withPrefix(vocabulary, word.length >= MIN_PREFIX ? word.slice(0, Math.min(word.length, SHARED)) : word);
  return candidates.map((index) => vocabulary.words[index]!).filter((candidate) => matchesWord(word, candidate));
}

// The same keys on the Russian and the Latin keyboard: «vjubktd» typed for «могилев».
const LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const CYRILLIC_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const swapLayout = (word: string) =>
  [...word].map((char) => CYRILLIC_KEYS[LATIN_KEYS.indexOf(char)] ?? LATIN_KEYS[CYRILLIC_KEYS.indexOf(char)] ?? char).join('');

// Russian letters in Latin as names are spelt on the site («МАЗ» → «maz», as in MAZ-SPORTauto).
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const toLatin = (word: string) => [...word].map((char) => LATIN[char] ?? char).join('');

/**
 * Words of the content near a word that is not in it, as written there, closest and commonest first:
 * the same word in the other keyboard layout or in Latin letters, or one that differs by a typo
 * (one edit in a word of up to five letters, two in a longer one).
 */
export function suggestionsFor(vocabulary: Vocabulary, typed: string, limit = 5): string[] {
  const word = normalize(typed);
  const scored = new Map<number, number>();
  const consider = (index: number, score: number) => scored.set(index, Math.min(score, scored.get(index) ?? Infinity));
  for (const variant of new Set([swapLayout(word), toLatin(word)]))
    if (variant !== word && variant.length >= 2) for (const index of withPrefix(vocabulary, variant)) consider(index, 0);
  const allowed = word.length <= 5 ? 1 : 2;
  vocabulary.words.forEach((candidate, index) => {
    if (Math.abs(candidate.length - word.length) > allowed) return;
    const edits = distance(word, candidate);
    if (edits <= allowed) consider(index, edits);
  });
  return [...scored]
    .sort(([a, x], [b, y]) => x - y || vocabulary.counts[b]! - vocabulary.counts[a]!)
    .slice(0, limit)
    .map(([index]) => vocabulary.shown[index]!);
}
