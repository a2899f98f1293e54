/** The CSV writer against CSV injection: a text cell a spreadsheet would run as a formula begins with an apostrophe (OWASP). */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/csv';
import { z } from '../../src/content/schemas/common';

const record = z.object({ id: z.string(), title: z.string(), names: z.array(z.string()), count: z.number() });
const cells = (title: string, names: string[] = [], count = 1) => {
  const csv = toCsv({ name: 'test', title: '', description: '', record, records: [{ id: 'x', title, names, count }] });
  return (parse(csv, { bom: true, columns: true }) as Record<string, string>[])[0]!;
};

describe('a CSV cell that a spreadsheet would run', () => {
  it.each(['=HYPERLINK("http://example.com","нажмите")', '+7 (8512) 00-00-00', '-1+1', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'])('%j begins with an apostrophe', (title) => {
    expect(cells(title).title).toBe(`'${title}`);
  });

  it('is neutralised as a whole list too', () => {
    expect(cells('Встреча', ['=1+1', 'Брест']).names).toBe("'=1+1; Брест");
  });

  it('leaves ordinary text, a formula sign inside a text, and numbers as they are', () => {
    expect(cells('Встреча = переговоры', ['Брест'], -1)).toEqual({ id: 'x', title: 'Встреча = переговоры', names: 'Брест', count: '-1' });
  });
});
