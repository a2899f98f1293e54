// What run.ts and scaling.ts share: the benchmark's log, figures written as Russian readers read them,
// folder sizes, entry counts, the Markdown it prints, and Pagefind's published figure.
import { globSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} КБ`;
export const mb = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} МБ`;
export const gb = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} ГБ`;
export const s = (ms: number): string => `${(ms / 1000).toFixed(1)} с`;
export const int = (n: number): string => n.toLocaleString('ru-RU');

export const folderBytes = (dir: string): number =>
  globSync('**/*', { cwd: dir }).reduce((sum, file) => sum + (statSync(join(dir, file)).isFile() ? statSync(join(dir, file)).size : 0), 0);
export const entriesIn = (content: string): number =>
  ['regions/*.yaml', 'people/*.yaml', 'agreements/*.md', 'sectors/*.md', 'chronology/*/*.md'].reduce((sum, pattern) => sum + globSync(pattern, { cwd: content }).length, 0);

/** A Markdown table's lines, the blank line after it included; figures right-aligned. */
export const tableLines = (head: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string[] => [
  `| ${head.join(' | ')} |`,
  `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  '',
];

/** A budget's line: ✓ kept, ✗ broken, – not measured. */
export const budgetLine = (ok: boolean | undefined, text: string): string => `${ok === undefined ? '–' : ok ? '✓' : '✗'} ${text}`;

/** Pagefind's own published figure for a search's transfer, to print beside the measured one. */
export const PAGEFIND_PUBLISHED = {
  text: 'Pagefind о себе: полнотекстовый поиск на сайте в 10 000 страниц — «total network payload under 300kB, including the Pagefind library itself. For most sites, this will be closer to 100kB»',
  url: 'https://pagefind.app/',
};
