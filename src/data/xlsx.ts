/**
 * The datasets as one Excel workbook for people: a sheet per dataset named by its Russian title,
 * Russian column headings (openData.columns), days as real dates, numbers as numbers, a list in one
 * cell (items joined by «; »), each record's page as a link, the header row bold, frozen and filtered.
 *
 * Unlike CSV, no cell needs an apostrophe against formula injection: every text is written as a typed
 * string cell (a shared string), which a spreadsheet shows as it is and never evaluates; a formula would
 * need a cell of its own kind, and this writer makes none (tests/unit/xlsx.test.ts checks it).
 *
 * The file is the same, byte for byte, for the same content: its dates (the document properties and
 * every zip entry's time) are the latest day of the briefing, not the time of the build.
 */
import ExcelJS from 'exceljs';
import { z } from '../content/schemas/common';
import { openData as text } from '../i18n/ru';
import { LIST_SEPARATOR, type Dataset } from './records';
import { reproducible } from '../documents/zip';

const DAY_FORMAT = 'dd.mm.yyyy';
/** Column widths in characters: wide enough for the header and the longest cell, up to MAX_WIDTH. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;

const columns: Readonly<Record<string, string | undefined>> = text.columns;

/** A field's column heading: the dataset's own («regions.name»), else the field's. */
function heading(dataset: Dataset, field: string): string {
  const found = columns[`${dataset.name}.${field}`] ?? columns[field];
  if (!found) throw new Error(`data/spravochnik.xlsx: у поля ${dataset.name}.${field} нет заголовка столбца в openData.columns (src/i18n/ru.ts)`);
  return found;
}

/** The fields whose values are days (ГГГГ-ММ-ДД), as the record's JSON Schema marks them. */
function dayFields(dataset: Dataset): Set<string> {
  type Property = { format?: string; anyOf?: { format?: string }[] };
  const properties = z.toJSONSchema(dataset.record).properties as Record<string, Property>;
  return new Set(Object.keys(properties).filter((name) => [properties[name], ...(properties[name]?.anyOf ?? [])].some((schema) => schema?.format === 'date')));
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** A UTC midnight, so that the day is the same in every time zone. */
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** A record's value as a cell value: a day as a date, a full address as a link, a list joined. */
function cellValue(value: unknown, isDay: boolean, isUrl: boolean): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (isDay && typeof value === 'string') return utcDay(value);
  // A path (a build without SITE_URL) stays text: a spreadsheet would resolve it against the file's folder.
  if (isUrl && typeof value === 'string' && /^https?:\/\//.test(value)) return { text: value, hyperlink: value };
  return value as ExcelJS.CellValue;
}

/** How many characters a cell shows, for its column's width. */
const shownLength = (value: ExcelJS.CellValue) =>
  value instanceof Date ? DAY_FORMAT.length : value && typeof value === 'object' && 'text' in value ? String(value.text).length : String(value ?? '').length;

function addSheet(workbook: ExcelJS.Workbook, dataset: Dataset) {
  const fields = Object.keys(dataset.record.shape);
  const days = dayFields(dataset);
  const sheet = workbook.addWorksheet(sheetName(dataset.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(fields.map((field) => heading(dataset, field))).font = { bold: true };
  for (const record of dataset.records) sheet.addRow(fields.map((field) => cellValue(record[field], days.has(field), field === 'url')));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length } };
  fields.forEach((field, index) => {
    const column = sheet.getColumn(index + 1);
    let widest = 0;
    column.eachCell((cell, row) => {
      const length = shownLength(cell.value);
      widest = Math.max(widest, length);
      if (row === 1) return;
      if (days.has(field)) cell.numFmt = DAY_FORMAT;
      if (cell.type === ExcelJS.ValueType.Hyperlink) cell.font = LINK_FONT;
      if (length > MAX_WIDTH) cell.alignment = { wrapText: true, vertical: 'top' };
    });
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

/**
 * The workbook of the datasets; `day` (the latest day of the briefing, ГГГГ-ММ-ДД) dates the file, so
 * that the same content gives the same bytes.
 */
export async function toXlsx(datasets: Dataset[], day: string): Promise<Buffer> {
  const date = utcDay(day);
  const workbook = new ExcelJS.Workbook();
  workbook.title = text.workbookTitle;
  workbook.created = date;
  workbook.modified = date;
  for (const dataset of datasets) addSheet(workbook, dataset);
  // ExcelJS dates every zip entry with the time it is written and takes no date of its own.
  return reproducible(await workbook.xlsx.writeBuffer(), date);
}
