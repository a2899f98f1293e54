/**
 * The briefing's text as statements: the bullets («·») and sub-items («-») a reader sees, each under
 * its section heading, continuation lines joined. The provenance rules, the comparison of two editions
 * and the import all read a briefing this way.
 */

export interface Statement {
  /** The section heading the statement stands under. */
  section: string;
  /** «·» for a bullet, «-» for a sub-item. */
  marker: '·' | '-';
  /** The statement's text, continuation lines joined, artefacts removed. */
  text: string;
}

/** Words and numbers of a text, lower-cased, «ё» as «е», punctuation and typography ignored. */
export const tokens = (text: string): string[] => text.toLowerCase().replaceAll('ё', 'е').match(/\d+|[a-zа-я]+/g) ?? [];

/** What two statements with the same words share: their words, in order. */
export const keyOf = (text: string): string => tokens(text).join(' ');

/**
 * Whether an entry's quotation quotes a statement: the same words, words within it, or the whole
 * statement within a longer quotation (a bullet and its sub-item quoted as one sentence).
 */
export function quotes(quotation: string, statement: string): boolean {
  const [quoted, stated] = [keyOf(quotation), keyOf(statement)];
  return quoted !== '' && stated !== '' && (` ${stated} `.includes(` ${quoted} `) || ` ${quoted} `.includes(` ${stated} `));
}

const ARTEFACTS = /\[bookmark: [^\]]*\]/g;

/** A line that starts a section: a sector's, the sectors', the chronology's heading (trimmed). */
export const isHeading = (line: string): boolean => /^(В сфере|В торгово|ОСНОВНЫЕ|ХРОНОЛОГИЯ)/.test(line);

/** The section headings and the statements of a briefing's text. */
export function readStatements(text: string): { headings: string[]; statements: Statement[] } {
  const lines = text.replace(ARTEFACTS, '').split(/\r?\n/).map((line) => line.trim());
  const headings: string[] = [];
  const statements: Statement[] = [];
  let section = '';
  for (const line of lines) {
    if (!line) continue;
    const marker = line.startsWith('·') ? '·' : /^-\s/.test(line) ? '-' : undefined;
    if (marker) statements.push({ section, marker, text: line.slice(marker === '·' ? 1 : 2).trim() });
    else if (statements.length > 0 && statements.at(-1)!.section === section && !isHeading(line)) statements.at(-1)!.text += ` ${line}`;
    else {
      section = line;
      headings.push(line);
    }
  }
  return { headings, statements };
}

/**
 * The part of the briefing a section is: the chronology, a sector's section, or the legal base — the
 * statements under the title, before the sectors (whatever title lines an edition has).
 */
export function partOf(section: string): 'legal-base' | 'sector' | 'chronology' {
  if (section.startsWith('ХРОНОЛОГИЯ')) return 'chronology';
  if (/^В (сфере|торгово)/.test(section)) return 'sector';
  return 'legal-base';
}

/** A section's name for readers and the editor: its heading, or «Правовая база» for the statements under the title. */
export const sectionName = (section: string): string => (partOf(section) === 'legal-base' ? 'Правовая база' : section);
