/**
 * What changed from one edition of the briefing to the next, statement by statement: added, changed
 * (the old and the new wording, the changed words marked), removed, moved (the same words under
 * another section), and how many stayed as they were. Statements are compared by their words and
 * numbers (typography aside), so a retyped quotation mark is no change.
 */
import { keyOf, partOf, tokens, type Statement } from './statements';

export interface Change {
  old: Statement;
  new: Statement;
  /** The words of both wordings in order, each kept, removed or added. */
  words: { word: string; kind: 'same' | 'removed' | 'added' }[];
}

export interface Comparison {
  added: Statement[];
  removed: Statement[];
  changed: Change[];
  moved: { statement: Statement; from: string }[];
  /** Section headings reworded but for their numbers: «… В 2019–2025 ГГ.» → «… В 2019–2026 ГГ.». */
  renamed: { from: string; to: string }[];
  unchanged: number;
}

/**
 * A section as compared: its heading but for its numbers (the years it covers), and the legal base
 * whatever title lines stand above it — its statements stay in the same section when those change.
 */
const sectionKey = (section: string) => (partOf(section) === 'legal-base' ? 'legal-base' : keyOf(section).replace(/\d+/g, '#'));
const sameSection = (a: Statement, b: Statement) => sectionKey(a.section) === sectionKey(b.section);

/** The headings of the new edition that reword one of the old but for their numbers. */
function renamedSections(before: readonly Statement[], after: readonly Statement[]): Comparison['renamed'] {
  const old = [...new Set(before.map(({ section }) => section))].filter((section) => partOf(section) !== 'legal-base');
  const next = new Set(after.map(({ section }) => section));
  return [...next].flatMap((to) => {
    const from = old.find((section) => section !== to && !next.has(section) && sectionKey(section) === sectionKey(to));
    return from === undefined ? [] : [{ from, to }];
  });
}

/** How alike two statements are: the share of words they have in common (Dice), 0 to 1. */
function likeness(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common++;
      counts.set(word, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length || 1);
}

/** A statement changed rather than replaced: at least this alike to its old wording. */
const CHANGED = 0.6;

/** The words of two texts, each kept, removed or added, in order (a longest common subsequence). */
export function wordDiff(before: string, after: string): Change['words'] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const same = (x: string, y: string) => keyOf(x) === keyOf(y) && (keyOf(x) !== '' || x === y);
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lengths[i]![j] = same(a[i]!, b[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const words: Change['words'] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i]!, b[j]!)) {
      words.push({ word: b[j]!, kind: 'same' });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) words.push({ word: a[i++]!, kind: 'removed' });
    else words.push({ word: b[j++]!, kind: 'added' });
  }
  return words;
}

/** The words of a change as runs of words of one kind: «~~6~~ **8**», not a mark per word. */
export function runsOf(words: Change['words']): { text: string; kind: Change['words'][number]['kind'] }[] {
  const runs: { text: string; kind: Change['words'][number]['kind'] }[] = [];
  for (const { word, kind } of words) {
    const last = runs.at(-1);
    if (last?.kind === kind) last.text += ` ${word}`;
    else runs.push({ text: word, kind });
  }
  return runs;
}

/** The statements of the next edition against those of the one before. */
export function compareEditions(before: readonly Statement[], after: readonly Statement[]): Comparison {
  const byKey = (statements: readonly Statement[]) => {
    const found = new Map<string, Statement[]>();
    for (const statement of statements) found.set(keyOf(statement.text), [...(found.get(keyOf(statement.text)) ?? []), statement]);
    return found;
  };
  const earlier = byKey(before);
  const comparison: Comparison = { added: [], removed: [], changed: [], moved: [], renamed: renamedSections(before, after), unchanged: 0 };
  const unmatched: Statement[] = [];
  for (const statement of after) {
    const same = earlier.get(keyOf(statement.text));
    const match = same?.find((candidate) => sameSection(candidate, statement)) ?? same?.[0];
    if (!match) {
      unmatched.push(statement);
      continue;
    }
    same!.splice(same!.indexOf(match), 1);
    if (sameSection(match, statement)) comparison.unchanged++;
    else comparison.moved.push({ statement, from: match.section });
  }
  const gone = [...earlier.values()].flat();
  // Each new statement is the change of the old one most like it, if alike enough; else it is added.
  const pairs = unmatched
    .flatMap((statement) => gone.map((old) => ({ statement, old, score: likeness(tokens(old.text), tokens(statement.text)) + (sameSection(old, statement) ? 0.01 : 0) })))
    .filter(({ score }) => score >= CHANGED)
    .sort((x, y) => y.score - x.score);
  const paired = new Set<Statement>();
  for (const { statement, old } of pairs) {
    if (paired.has(statement) || paired.has(old)) continue;
    paired.add(statement).add(old);
    comparison.changed.push({ old, new: statement, words: wordDiff(old.text, statement.text) });
  }
  comparison.added = unmatched.filter((statement) => !paired.has(statement));
  comparison.removed = gone.filter((statement) => !paired.has(statement));
  comparison.changed.sort((x, y) => after.indexOf(x.new) - after.indexOf(y.new));
  return comparison;
}
