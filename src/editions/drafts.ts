/**
 * Draft contacts for the chronology statements a new edition adds: the days, the title and the place
 * the statement itself gives, and nothing guessed — the kinds, the venue, the regions, the people and
 * the documents are left for the editor, who removes `draft: true` once they are filled.
 */
import { stringify } from 'yaml';
import { slugify } from '../format/slug';
import type { Statement } from './statements';

export const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTH = `(${MONTHS.join('|')})`;
// «2 апреля 2025 г., …», «15–17 июля 2019 г., …», «30 июня–1 июля 2022 г., …», «20–25 мая 2025 г. в г. Астрахани …»
const DATED = new RegExp(`^(\\d{1,2})(?:\\s+${MONTH})?(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+${MONTH}\\s+(\\d{4})\\s*г\\.,?\\s*(.*)$`, 's');

/** The fields the editor fills in every draft (the import cannot read them from the statement). */
export const LEFT_FOR_EDITOR = ['kinds', 'venue', 'regions', 'people', 'signed', 'related', 'sectors'] as const;

export interface ContactDraft {
  /** The file's path under the content folder: chronology/<year>/<start>-<words>.md */
  path: string;
  start: string;
  end?: string | undefined;
  title: string;
  place?: string | undefined;
  text: string;
}

/** «2025», «апреля», «2» → 2025-04-02. */
export const dayOf = (year: string, month: string, date: string) => `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${date.padStart(2, '0')}`;

/** A draft contact from a dated chronology statement, or nothing when it names no day the import can read. */
export function draftOf(statement: Statement): ContactDraft | undefined {
  const match = DATED.exec(statement.text.trim());
  if (!match) return undefined;
  const [, firstDay, firstMonth, lastDay, month, year, rest] = match as unknown as string[];
  const start = dayOf(year!, firstMonth ?? month!, firstDay!);
  const end = lastDay ? dayOf(year!, month!, lastDay) : undefined;
  // The title: the statement's first sentence after the date, with a capital; a closing «(г. …)» or
  // «(в режиме видеоконференции)» is the place.
  const place = /\((г\. [^()]+|в режиме [^()]+)\)\.?\s*$/.exec(rest!)?.[1];
  const sentence = rest!.split(/(?<=[а-яё]{3})\.\s+(?=[А-ЯЁ])/)[0]!.replace(/\s*\((?:г\. [^()]+|в режиме [^()]+)\)\.?\s*$/, '').replace(/\.$/, '').trim();
  const title = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return { path: `chronology/${year}/${start}-${slugify(title, 3)}.md`, start, ...(end && end !== start && { end }), title, ...(place && { place }), text: statement.text.trim() };
}

/** The draft as a file: `draft: true`, what the statement gives, and a comment naming what is left. */
export function draftFile(draft: ContactDraft): string {
  const data = { draft: true, title: draft.title, start: draft.start, ...(draft.end && { end: draft.end }), ...(draft.place && { place: draft.place }) };
  const header = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${header}# Черновик импорта. Заполните: ${LEFT_FOR_EDITOR.join(', ')} — и уберите draft: true.\n---\n\n${draft.text}\n`;
}
