/** The briefing's current edition, kept in content/editions/, split into the statements a reader sees. */
import { readEditions } from '../../src/editions';
import type { Statement } from '../../src/editions/statements';

export { tokens } from '../../src/editions/statements';
export type SourceItem = Statement;

/** The current edition of the briefing under `root`: its section headings and statements. */
export function readSource(root = 'content'): { headings: string[]; items: SourceItem[] } {
  const current = readEditions(root).editions.at(-1)!;
  return { headings: current.headings, items: current.statements };
}
