/** The Excel workbook of the open data, built from the real content and read back with ExcelJS. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { datasets as datasetsOf } from '../../src/data/files';
import { toXlsx } from '../../src/data/xlsx';
import { z } from '../../src/content/schemas/common';
import { openData as text } from '../../src/i18n/ru';
import { related as content } from '../helpers/content';

const datasets = datasetsOf(content, new URL('https://example.org/astrakhan-belarus/'));
const bytes = await toXlsx(datasets, content.latestDay);
const book = new ExcelJS.Workbook();
await book.xlsx.load(bytes as unknown as ArrayBuffer);

const columns: Record<string, string | undefined> = text.columns;
const sheetOf = (name: string) => book.getWorksheet(text.datasets[name as keyof typeof text.datasets].title)!;
/** A sheet's rows below the header, each as its cells by field name. */
const rowsOf = (name: string, fields: string[]) =>
  sheetOf(name)
    .getRows(2, sheetOf(name).rowCount - 1)!
    .map((row) => Object.fromEntries(fields.map((field, index) => [field, row.getCell(index + 1)])));

describe('data/spravochnik.xlsx', () => {
  it('has a sheet per dataset, named by its Russian title', () => {
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Документы', 'Хронология контактов', 'Персоны', 'Регионы Беларуси', 'Пункты о направлениях']);
  });

  describe.each(datasets.map((dataset) => [dataset.name, dataset] as const))('sheet %s', (name, dataset) => {
    const fields = Object.keys(dataset.record.shape);
    const sheet = sheetOf(name);

    it('heads its columns in Russian, in the schema\'s order, with a bold, frozen and filtered header', () => {
      const header = sheet.getRow(1);
      expect(fields.map((_, index) => header.getCell(index + 1).value)).toEqual(fields.map((field) => columns[`${name}.${field}`] ?? columns[field]));
      expect(header.cellCount).toBe(fields.length);
      expect(header.font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(fields.length).letter}1`);
    });

    it('has a row per record, each with a link to its page', () => {
      expect(sheet.rowCount).toBe(dataset.records.length + 1);
      rowsOf(name, fields).forEach((row, index) => {
        const url = dataset.records[index]!['url'] as string;
        expect(row['id']!.value).toBe(dataset.records[index]!['id']);
        expect(row['url']!.type).toBe(ExcelJS.ValueType.Hyperlink);
        expect(row['url']!.value).toEqual({ text: url, hyperlink: url });
      });
    });

    it('has no formula and keeps every width within bounds', () => {
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula)));
      for (const { width } of sheet.columns) expect(width).toSatisfy((value: number) => value >= 8 && value <= 60);
    });
  });

  it('gives days as dates at UTC midnight, years and counts as numbers, lists in one cell', () => {
    const chronology = datasets.find((dataset) => dataset.name === 'chronology')!;
    const rows = rowsOf('chronology', Object.keys(chronology.record.shape));
    chronology.records.forEach((record, index) => {
      expect(rows[index]!['start']!.value).toEqual(new Date(`${String(record['start'])}T00:00:00Z`));
      expect(rows[index]!['start']!.numFmt).toBe('dd.mm.yyyy');
      expect(rows[index]!['end']!.value).toEqual(new Date(`${String(record['end'])}T00:00:00Z`));
      expect(rows[index]!['kinds']!.value).toBe((record['kinds'] as string[]).join('; '));
    });
    const agreements = datasets.find((dataset) => dataset.name === 'agreements')!;
    rowsOf('agreements', Object.keys(agreements.record.shape)).forEach((row, index) => {
      expect(row['year']!.value).toBe(agreements.records[index]!['year']);
      expect(typeof row['year']!.value).toBe('number');
    });
    const regions = datasets.find((dataset) => dataset.name === 'regions')!;
    rowsOf('regions', Object.keys(regions.record.shape)).forEach((row, index) => expect(row['documents']!.value).toBe(regions.records[index]!['documents']));
  });

  it('has no formula in any sheet\'s XML', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((path) => path.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(datasets.length);
    for (const path of sheets) expect(await zip.file(path)!.async('string'), path).not.toMatch(/<f[ >]/);
  });

  it('gives every field of every record a heading', () => {
    for (const dataset of datasets) for (const field of Object.keys(dataset.record.shape)) expect(columns[`${dataset.name}.${field}`] ?? columns[field], `${dataset.name}.${field}`).toBeTruthy();
  });

  it('is the same, byte for byte, when built again at another time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-05-17T13:37:42Z'));
      expect(Buffer.compare(await toXlsx(datasets, content.latestDay), bytes)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(book.created).toEqual(new Date(`${content.latestDay}T00:00:00Z`));
    expect(book.modified).toEqual(new Date(`${content.latestDay}T00:00:00Z`));
  });
});

describe('a text a spreadsheet could run as a formula', () => {
  const record = z.object({ id: z.string(), url: z.string(), title: z.string() });
  const titles = ['=HYPERLINK("http://example.com","нажмите")', '+7 (8512) 00-00-00', '@SUM(A1:A9)', '-1+1'];

  it('stays a text cell, as it is, with no formula', async () => {
    const file = await toXlsx([{ name: 'test', title: 'Тест', description: '', record, records: titles.map((title) => ({ id: 'x', url: '/x/', title })) }], '2024-01-01');
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(file as unknown as ArrayBuffer);
    const cells = read.worksheets[0]!.getColumn(3).values.slice(2);
    expect(cells).toEqual(titles);
    read.worksheets[0]!.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(read.worksheets[0]!.getCell('B2').value).toBe('/x/'); // a path, not a full address: text, not a link
  });
});
