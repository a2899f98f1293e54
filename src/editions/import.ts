/**
 * Importing a new edition of the briefing: what `npm run import` writes, worked out before anything is
 * written — the edition's text and its line in editions.yaml, a draft contact for each added dated
 * chronology statement, and the report for the editor. An edition the same as the current one writes
 * nothing, so a second run with the same file changes nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareEditions } from './compare';
import { quotationsOf } from './coverage';
import { dayOf, draftFile, draftOf, MONTHS, type ContactDraft } from './drafts';
import { EDITIONS_FOLDER, EDITIONS_INDEX, readEditions } from './index';
import { editionReport } from './report';
import { keyOf, partOf, quotes, readStatements, type Statement } from './statements';
import { loadContent } from '../content/load';
import { formatProblem } from '../content/problems';
import { readText } from '../content/files';

/** A file the import writes: its path under the content folder and its whole text. */
export interface Write {
  path: string;
  text: string;
}

export type ImportPlan =
  | { kind: 'same'; current: number }
  | { kind: 'refused'; reasons: string[] }
  | { kind: 'import'; number: number; date: string; writes: Write[]; report: string };

/** A real day ГГГГ-ММ-ДД. */
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The day an edition's text names itself by, before its first statement: «по состоянию на 1 октября
 * 2025 г.», «1 октября 2025 г.» or «01.10.2025» on a title line.
 */
export function dateInText(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => /^(·|-\s)/.test(line.trim()));
  const title = (first === -1 ? lines : lines.slice(0, first)).join('\n');
  const words = new RegExp(`(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`).exec(title);
  if (words) return dayOf(words[3]!, words[2]!, words[1]!);
  const digits = /\b(\d{2})\.(\d{2})\.(\d{4})\b/.exec(title);
  return digits ? `${digits[3]}-${digits[2]}-${digits[1]}` : undefined;
}

/** The text as kept: Unix line ends, no trailing spaces at the end, one final line end. */
const kept = (text: string) => `${text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').trimEnd()}\n`;

/**
 * What importing `text` as the next edition of the content under `root` writes, or why it cannot be
 * imported. `date` is the editor's (`--date`); without it the text must name its day.
 */
export function planImport(root: string, text: string, date?: string): ImportPlan {
  const { editions, problems } = readEditions(root);
  if (problems.length > 0 || editions.length === 0) return { kind: 'refused', reasons: problems.map(formatProblem) };
  const previous = editions.at(-1)!;
  const { headings, statements } = readStatements(text);
  if (statements.length === 0) return { kind: 'refused', reasons: ['в файле нет ни одного утверждения: ожидаются пункты «·» и подпункты «-» под заголовками разделов, как в справке'] };
  const comparison = compareEditions(previous.statements, statements);
  const same =
    kept(text) === kept(previous.text) ||
    (comparison.added.length + comparison.changed.length + comparison.removed.length + comparison.moved.length === 0 && keyOf(headings.join(' ')) === keyOf(previous.headings.join(' ')));
  if (same) return { kind: 'same', current: previous.number };

  const day = date ?? dateInText(text);
  const lastDated = editions.findLast((edition) => edition.date !== null);
  const reasons = [
    ...(day === undefined ? ['в тексте выпуска нет его даты: укажите её, --date ГГГГ-ММ-ДД'] : []),
    ...(day !== undefined && !isDay(day) ? [`дата выпуска «${day}» — не день ГГГГ-ММ-ДД`] : []),
    ...(day !== undefined && isDay(day) && lastDated && day <= lastDated.date! ? [`дата выпуска ${day} должна быть позже даты выпуска ${lastDated.number} (${lastDated.date})`] : []),
  ];
  if (reasons.length > 0) return { kind: 'refused', reasons };

  const number = previous.number + 1;
  const { content } = loadContent(root);
  const quotations = quotationsOf(content);
  // A draft for each added dated chronology statement no entry quotes yet and no file is in the way of.
  const drafts = new Map<Statement, ContactDraft>();
  for (const statement of comparison.added) {
    const draft = partOf(statement.section) === 'chronology' ? draftOf(statement) : undefined;
    if (draft && !existsSync(join(root, draft.path)) && !quotations.some((quotation) => quotes(quotation.text, statement.text))) drafts.set(statement, draft);
  }
  const report = editionReport({
    edition: { number, date: day! },
    previous,
    comparison,
    quotations,
    sectors: content.sectors,
    drafts,
    root,
    legalBase: statements.filter((statement) => partOf(statement.section) === 'legal-base'),
    agreements: content.agreements,
    contacts: content.contacts,
  });
  return {
    kind: 'import',
    number,
    date: day!,
    report,
    writes: [
      { path: join(EDITIONS_FOLDER, `${number}.txt`), text: kept(text) },
      { path: EDITIONS_INDEX, text: `${kept(readText(join(root, EDITIONS_INDEX)))}- number: ${number}\n  date: "${day}"\n` },
      ...[...drafts.values()].map((draft) => ({ path: draft.path, text: draftFile(draft) })),
      { path: join(EDITIONS_FOLDER, `${number}.report.md`), text: report },
    ],
  };
}
