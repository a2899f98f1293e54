/**
 * Every file under /data/: each dataset as JSON, its JSON Schema and CSV, and the contacts as a
 * calendar — built once per content and origin, since every file's route and the «Открытые данные»
 * page ask for them.
 */
import type { Content } from '../content/relations';
import { toCsv } from './csv';
import { contactsCalendar } from './ics';
import { jsonSchema, toJson } from './json';
import { buildDatasets, type Dataset } from './records';

export interface DataFile {
  path: string;
  type: string;
  body: string;
}

let built: { content: Content; origin: string | undefined; datasets: Dataset[]; files: DataFile[] } | undefined;

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

/** The four datasets. */
export const datasets = (content: Content, origin: URL | undefined): Dataset[] => openData(content, origin).datasets;

/** Every file under /data/. */
export const dataFiles = (content: Content, origin: URL | undefined): DataFile[] => openData(content, origin).files;
