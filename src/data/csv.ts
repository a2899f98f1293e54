/**
 * Each dataset as CSV for programs: RFC 4180 (csv-stringify), UTF-8 with a byte-order mark (so that
 * spreadsheet programs read Cyrillic), comma-separated, CRLF line ends, a header row of the JSON field
 * names; a list is one cell, its items joined by «; », an absent value an empty cell. A text cell that
 * a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return) begins
 * with an apostrophe instead, as OWASP recommends against CSV injection.
 */
import { stringify } from 'csv-stringify/sync';
import { LIST_SEPARATOR, type Dataset } from './records';

/** What a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet shows it and never runs it. */
export const neutralised = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A value as one cell: a list joined (no item may hold the separator, or the cell could not be split back), text neutralised. */
function cell(value: unknown, where: string): unknown {
  if (!Array.isArray(value)) return typeof value === 'string' ? neutralised(value) : (value ?? '');
  const clash = value.find((item) => String(item).includes(LIST_SEPARATOR.trim()));
  if (clash !== undefined) throw new Error(`${where}: элемент списка «${clash}» содержит разделитель «${LIST_SEPARATOR.trim()}»`);
  return neutralised(value.join(LIST_SEPARATOR));
}

export function toCsv(dataset: Dataset): string {
  const columns = Object.keys(dataset.record.shape);
  const rows = dataset.records.map((record) => columns.map((column) => cell(record[column], `data/${dataset.name}.csv, ${String(record['id'])}, ${column}`)));
  return stringify([columns, ...rows], { bom: true, record_delimiter: 'windows' });
}
