/**
 * Every file under /data/: each dataset as JSON, its JSON Schema and CSV, the contacts as a calendar
 * and every dataset in one Excel workbook — built once per content and origin, since every file's
 * route and the «Открытые данные» page ask for them.
 */
import type { Content } from '../content/relations';
import { toCsv } from './csv';
import { contactsCalendar } from './ics';
import { jsonSchema, toJson } from './json';
import { buildDatasets, type Dataset } from './records';
import { toXlsx } from './xlsx';

export interface DataFile {
  path: string;
  type: string;
  body: string;
}

/** The workbook's file: binary, and built asynchronously, so apart from the text files. */
export const WORKBOOK = { path: 'spravochnik.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

let built: { content: Content; origin: string | undefined; datasets: Dataset[]; files: DataFile[]; workbook?: Promise<Uint8Array<ArrayBuffer>> } | undefined;

function openData(content: Content, origin: URL | undefined) {
  if (built?.content === content && built.origin === origin?.href) return built;
  const datasets = buildDatasets(content, origin);
  const files = [
    ...datasets.flatMap((dataset) => [
      { path: `${dataset.name}.json`, type: 'application/json', body: toJson(dataset, content, origin) },
      { path: `${dataset.name}.schema.json`, type: 'application/schema+json', body: `${JSON.stringify(jsonSchema(dataset, origin), null, 2)}\n` },
      { path: `${dataset.name}.csv`, type: 'text/csv', body: toCsv(dataset) },
    ]),
    { path: 'chronology.ics', type: 'text/calendar', body: contactsCalendar(content, origin) },
  ];
  built = { content, origin: origin?.href, datasets, files };
  return built;
}

/** The datasets. */
export const datasets = (content: Content, origin: URL | undefined): Dataset[] => openData(content, origin).datasets;

/** Every text file under /data/. */
export const dataFiles = (content: Content, origin: URL | undefined): DataFile[] => openData(content, origin).files;

/** The workbook of every dataset (data/spravochnik.xlsx). */
export function workbook(content: Content, origin: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  const data = openData(content, origin);
  return (data.workbook ??= toXlsx(data.datasets, content.latestDay).then((buffer) => new Uint8Array(buffer)));
}

/** Every file under /data/, text and binary, as its route serves it. */
export const servedFiles = async (content: Content, origin: URL | undefined): Promise<{ path: string; type: string; body: string | Uint8Array<ArrayBuffer> }[]> => [
  ...dataFiles(content, origin),
  { ...WORKBOOK, body: await workbook(content, origin) },
];
