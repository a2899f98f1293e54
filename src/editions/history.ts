/**
 * The editions' history: what each edition changed against the one before, and for each statement of
 * the current edition the edition it first appeared in and the last that changed it.
 */
import { compareEditions, type Comparison } from './compare';
import { keyOf } from './statements';
import type { Edition } from './index';

export interface Transition {
  edition: Edition;
  previous: Edition;
  comparison: Comparison;
}

export interface Lineage {
  /** The edition the statement first appeared in (in this or an earlier wording). */
  first: number;
  /** The last edition that changed its wording, if any did. */
  changed: number | null;
}

export interface History {
  transitions: Transition[];
  /** By the words of a statement of the current edition. */
  lineage: Map<string, Lineage>;
}

export function historyOf(editions: readonly Edition[]): History {
  const transitions: Transition[] = [];
  let lineage = new Map<string, Lineage>((editions[0]?.statements ?? []).map((statement) => [keyOf(statement.text), { first: editions[0]!.number, changed: null }]));
  for (let index = 1; index < editions.length; index++) {
    const previous = editions[index - 1]!;
    const edition = editions[index]!;
    const comparison = compareEditions(previous.statements, edition.statements);
    transitions.push({ edition, previous, comparison });
    const next = new Map<string, Lineage>();
    for (const statement of edition.statements) {
      const key = keyOf(statement.text);
      const change = comparison.changed.find((found) => found.new === statement);
      if (change) next.set(key, { first: lineage.get(keyOf(change.old.text))?.first ?? edition.number, changed: edition.number });
      else next.set(key, lineage.get(key) ?? { first: edition.number, changed: null });
    }
    lineage = next;
  }
  return { transitions, lineage };
}

/** The most consecutive statements one text quotes: a bullet and its sub-items. */
const SPAN = 6;

/**
 * The lineage of the statements a text quotes: the statement that is the text or holds it, else the
 * run of consecutive statements it spans (a bullet and its sub-item quoted as one sentence) — the
 * earliest first appearance and the latest change among them.
 */
export function lineageOf(history: History, text: string): Lineage | undefined {
  const key = keyOf(text);
  const exact = history.lineage.get(key);
  if (exact) return exact;
  const statements = [...history.lineage];
  for (let length = 1; length <= SPAN; length++)
    for (let start = 0; start + length <= statements.length; start++) {
      const run = statements.slice(start, start + length);
      if (!` ${run.map(([words]) => words).join(' ')} `.includes(` ${key} `)) continue;
      const changed = run.flatMap(([, lineage]) => (lineage.changed === null ? [] : [lineage.changed]));
      return { first: Math.min(...run.map(([, lineage]) => lineage.first)), changed: changed.length > 0 ? Math.max(...changed) : null };
    }
  return undefined;
}
