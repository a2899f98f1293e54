/**
 * A result's title and excerpt as text parts, matched words marked: built from the record's plain
 * text, marking the words the query matches by the search's own rule, so that no other word is marked
 * and no markup from the index can reach the page.
 */
import { matchesWord, wordsOf } from './words';

export interface Part {
  text: string;
  marked: boolean;
}

/** Words around the matches shown under a result. */
export const EXCERPT_WORDS = 30;

/** The start of the `length`-word window of [from, to) holding the most matched positions (the earliest such). */
export function bestWindow(positions: readonly number[], from: number, to: number, length: number): number {
  const inside = positions.filter((position) => position >= from && position < to).sort((a, b) => a - b);
  let best = from;
  let most = 0;
  for (const start of inside) {
    const first = Math.max(from, Math.min(start - 2, to - length));
    const count = inside.filter((position) => position >= first && position < first + length).length;
    if (count > most) [best, most] = [first, count];
  }
  return best;
}

// What stays outside a mark: «Могилеве.» marks «Могилеве», «(2023» marks «2023».
const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/** Words [from, to) joined by spaces, the words at `marked` positions marked; «…» where the text goes on, if `cut`. */
export function markWords(words: readonly string[], marked: ReadonlySet<number>, from: number, to: number, cut = true): Part[] {
  const parts: Part[] = [];
  const push = (text: string, isMarked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === isMarked && !isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (cut && from > 0) push('… ', false);
  for (let index = from; index < Math.min(to, words.length); index++) {
    if (index > from) push(' ', false);
    const word = words[index]!;
    if (!marked.has(index)) push(word, false);
    else {
      const [, before = '', core = '', after = ''] = EDGE.exec(word) ?? [];
      push(before, false);
      push(core, true);
      push(after, false);
    }
  }
  if (cut && to < words.length) push(' …', false);
  return parts;
}

const shift = (positions: ReadonlySet<number>, by: number) => new Set([...positions].map((position) => position - by));

/** Positions of the words that a typed word matches (a hyphenated word by itself or by a part). */
export const matchedPositions = (words: readonly string[], typed: readonly string[]): number[] =>
  words.flatMap((word, index) => (wordsOf(word).some((part) => typed.some((query) => matchesWord(query, part))) ? [index] : []));

/**
 * The title and the excerpt of a result. The record's indexed text begins with its title when the title
 * is its own words (a sector item's is not); `typed` are the query's words.
 */
export function resultParts(indexed: string, title: string, typed: readonly string[]): { title: Part[]; excerpt: Part[] } {
  const words = indexed.split(/\s+/).filter(Boolean);
  const titleWords = title.split(/\s+/).filter(Boolean);
  const titleLength = titleWords.every((word, index) => words[index] === word) ? titleWords.length : 0;
  const positions = matchedPositions(words, typed);
  const marked = new Set(positions);
  const start = bestWindow(positions, titleLength, words.length, EXCERPT_WORDS);
  return {
    title: titleLength ? markWords(words, marked, 0, titleLength, false) : [{ text: title, marked: false }],
    // The text after the title; «…» only where it is cut, not where the title ends.
    excerpt: words.length > titleLength ? markWords(words.slice(titleLength), shift(marked, titleLength), start - titleLength, start - titleLength + EXCERPT_WORDS) : [],
  };
}
