/** The briefing document kept in content/source/, split into the bullets and sub-items a reader sees. */
import { readFileSync } from 'node:fs';

export const SOURCE_PATH = 'content/source/spravka.txt';

export interface SourceItem {
  /** The section heading the item stands under. */
  section: string;
  /** «·» for a bullet, «-» for a sub-item. */
  marker: '·' | '-';
  /** The item's text, continuation lines joined, artefacts removed. */
  text: string;
}

/** Words and numbers of a text, lower-cased, «ё» as «е», punctuation and typography ignored. */
export const tokens = (text: string): string[] =>
  text.toLowerCase().replaceAll('ё', 'е').match(/\d+|[a-zа-я]+/g) ?? [];

const ARTEFACTS = /\[bookmark: [^\]]*\]/g;

export function readSource(path = SOURCE_PATH): { headings: string[]; items: SourceItem[] } {
  const lines = readFileSync(path, 'utf8').replace(ARTEFACTS, '').split(/\r?\n/).map((line) => line.trim());
  const headings: string[] = [];
  const items: SourceItem[] = [];
  let section = '';
  for (const line of lines) {
    if (!line) continue;
    const marker = line.startsWith('·') ? '·' : /^-\s/.test(line) ? '-' : undefined;
    if (marker) items.push({ section, marker, text: line.slice(marker === '·' ? 1 : 2).trim() });
    else if (items.length > 0 && items.at(-1)!.section === section && !isHeading(line)) items.at(-1)!.text += ` ${line}`;
    else {
      section = line;
      headings.push(line);
    }
  }
  return { headings, items };
}

// A line that is neither a bullet nor a continuation: the title lines and the section headings.
const isHeading = (line: string) => /^(В сфере|В торгово|ОСНОВНЫЕ|ХРОНОЛОГИЯ)/.test(line);
