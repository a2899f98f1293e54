/**
 * Words as search sees them, the same on the build machine and in the browser: how a text splits
 * into words, how a word is normalised, and when a typed word matches a word of the content.
 */

/** Lower case, «ё» as «е»; the form in which words are compared and stored in the vocabulary. */
export const normalize = (word: string): string => word.toLowerCase().replaceAll('ё', 'е');

/** Letters and digits, so that «Лотос», «№ 174» and «2023/2024» give their words without punctuation. */
export const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;

/**
 * The words of a text, normalised. A hyphenated word gives itself and its parts: «вице-губернатора»,
 * «вице», «губернатора» — the index finds each of them.
 */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).flatMap((word) => {
    const parts = word.split(/[-‐‑]/);
    return parts.length > 1 ? [normalize(parts.join('-')), ...parts.map(normalize)] : [normalize(word)];
  });
}

/**
 * Inflectional endings of Russian nouns, adjectives and surnames, longest first: what two forms of one
 * word may differ by («Могилёв», «Могилёва», «Могилеве»; «трактор», «тракторов»).
 */
const ENDINGS = [
  'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иях', 'ием', 'ией',
  'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ую', 'юю', 'ая', 'яя', 'ые', 'ие', 'ый', 'ий', 'ых', 'их', 'ым', 'им', 'ью', 'ия', 'ии', 'ию',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й',
];

/** A word's stem and ending counts as forms of one word only if the stem keeps this many letters. */
const MIN_STEM = 4;

/** The word without any inflectional ending it may have: every candidate stem, the word itself first. */
const stems = (word: string): string[] => [
  word,
  ...ENDINGS.filter((ending) => word.endsWith(ending) && word.length - ending.length >= MIN_STEM).map((ending) => word.slice(0, -ending.length)),
];

/** Two forms of one word: equal, or equal once each loses an inflectional ending (ё and е alike). */
export function sameWord(a: string, b: string): boolean {
  const [x, y] = [normalize(a), normalize(b)];
  if (x === y) return true;
  const ofX = new Set(stems(x));
  return stems(y).some((stem) => ofX.has(stem));
}

/** Prefix matching starts at this many letters: «трак» finds «трактор», «тр» finds only «тр». */
export const MIN_PREFIX = 3;

/**
 * Whether a typed word matches a word of the content: a form of the same word, or — while typing — a
 * real beginning of it («трак» → «тракторов»). Never a shorter prefix of the typed word («мая» ↛ «марта»).
 */
export function matchesWord(typed: string, word: string): boolean {
  const [x, y] = [normalize(typed), normalize(word)];
  return (x.length >= MIN_PREFIX && y.startsWith(x)) || sameWord(x, y);
}

