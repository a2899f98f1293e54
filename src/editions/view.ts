/**
 * The editions as readers see them: the list with the current one, what each edition changed, where
 * each entry's text first appeared and last changed, and which entries quote a statement. Pure: the
 * site runs it on the kept editions and the content's entries, tests on fixtures.
 */
import { historyOf, lineageOf, type Lineage, type Transition } from './history';
import { quotes } from './statements';
import type { Edition } from './index';

export interface EditionSummary {
  number: number;
  date: string | null;
  /** How many statements the edition has. */
  statements: number;
}

/** An entry of the content with the texts it quotes from the briefing. */
export interface Quoting<T> {
  entry: T;
  texts: readonly string[];
}

/** A text's paragraphs: an entry may quote several statements, one per paragraph. */
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);

export function editionsView<T>(editions: readonly Edition[], quoting: readonly Quoting<T>[]) {
  if (editions.length === 0) throw new Error('ожидается хотя бы один выпуск справки');
  const history = historyOf(editions);
  const summary = ({ number, date, statements }: Edition): EditionSummary => ({ number, date, statements: statements.length });
  return {
    /** Oldest first. */
    list: editions.map(summary),
    current: summary(editions.at(-1)!),
    /** What each edition changed against the one before, newest first. */
    transitions: [...history.transitions].reverse() as readonly Transition[],
    /**
     * Where texts of an entry came in and last changed: the earliest edition any of them first appeared
     * in, the latest that changed any of them (undefined when no text is in the current edition).
     */
    lineageOf: (text: string): Lineage | undefined => {
      const found = paragraphsOf(text).flatMap((paragraph) => lineageOf(history, paragraph) ?? []);
      if (found.length === 0) return undefined;
      const changed = found.flatMap(({ changed: number }) => (number === null ? [] : [number]));
      return { first: Math.min(...found.map(({ first }) => first)), changed: changed.length ? Math.max(...changed) : null };
    },
    /** The entries that quote a statement of the current edition. */
    quotedBy: (statement: string): T[] => quoting.filter(({ texts }) => texts.some((text) => paragraphsOf(text).some((part) => quotes(part, statement)))).map(({ entry }) => entry),
  };
}

export type EditionsView<T> = ReturnType<typeof editionsView<T>>;
