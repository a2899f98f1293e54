/**
 * The editions of the briefing kept in content/editions/: each edition's text (<number>.txt, in the
 * layout of the briefing) and, in editions.yaml, its number and date. The current edition is the last.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile, readText } from '../content/files';
import { schemaProblems, type Problem } from '../content/problems';
import { editionsSchema } from '../content/schemas/edition';
import { readStatements, type Statement } from './statements';

export const EDITIONS_FOLDER = 'editions';
export const EDITIONS_INDEX = 'editions/editions.yaml';

export interface Edition {
  number: number;
  /** The day the edition is dated by, or null when neither it nor the editor gives one. */
  date: string | null;
  /** Where its text is: content/editions/<number>.txt. */
  file: string;
  text: string;
  headings: string[];
  statements: Statement[];
}

/** The editions under `root`, oldest first, and what is wrong with them. */
export function readEditions(root: string): { editions: Edition[]; problems: Problem[] } {
  const index = join(root, EDITIONS_INDEX);
  if (!existsSync(index)) return { editions: [], problems: [{ file: index, expected: 'ожидается список выпусков справки' }] };
  const parsed = editionsSchema.safeParse(parseContentFile(readText(index), index).data);
  if (!parsed.success) return { editions: [], problems: schemaProblems(index, parsed.error.issues) };
  const problems: Problem[] = [];
  const editions = parsed.data.flatMap(({ number, date }, position): Edition[] => {
    const file = join(root, EDITIONS_FOLDER, `${number}.txt`);
    if (number !== position + 1) problems.push({ file: index, field: `${position}.number`, expected: `ожидается номер ${position + 1}: выпуски нумеруются подряд с 1` });
    if (!existsSync(file)) {
      problems.push({ file, expected: `ожидается текст выпуска ${number}` });
      return [];
    }
    const text = readText(file);
    return [{ number, date, file, text, ...readStatements(text) }];
  });
  const dated = editions.filter((edition) => edition.date !== null);
  dated.forEach((edition, position) => {
    if (position > 0 && edition.date! <= dated[position - 1]!.date!)
      problems.push({ file: index, field: `${edition.number - 1}.date`, expected: `ожидается дата позже ${dated[position - 1]!.date} (выпуск ${dated[position - 1]!.number})` });
  });
  return { editions, problems };
}

/** The current edition: the last. */
export const currentOf = (editions: readonly Edition[]): Edition | undefined => editions.at(-1);
