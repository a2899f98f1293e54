/** Each dataset as a JSON file with its JSON Schema (draft 2020-12); the records are checked against it. */
import { z } from '../content/schemas/common';
import type { Content } from '../content/relations';
import { publication } from '../i18n/ru';
import { addressOf, fileHref } from '../routing/urls';
import { address, dataFileHrefs, day, field, optional, type Dataset } from './records';

/** The schema of a whole JSON file: what it is, the date of the information, and its records. */
const fileSchema = (dataset: Dataset) =>
  z.object({
    $schema: address('JSON Schema этого файла'),
    title: field(z.string(), 'Что в файле'),
    source: field(z.string(), 'Документ, из которого взяты сведения'),
    edition: field(z.int().min(1), 'Номер выпуска справки, по которому собраны данные (текущего)'),
    editionDate: optional(day('Дата справки'), 'Дата этого выпуска справки; пусто: в нём дата не указана'),
    latestDay: day('Последний день, о котором говорит справка (последнее событие в ней); это не дата справки'),
    url: address('Страница «Открытые данные» с описанием полей'),
    count: field(z.int().min(0), 'Число записей'),
    records: field(z.array(dataset.record), dataset.description),
  });

/** The JSON Schema (draft 2020-12) published beside a dataset. */
export function jsonSchema(dataset: Dataset, origin: URL | undefined) {
  return {
    $id: addressOf(dataFileHrefs(dataset.name).schema, origin),
    title: dataset.title,
    ...z.toJSONSchema(fileSchema(dataset)),
  };
}

/** The JSON file; its records are checked against their schema, so a wrong record stops the build. */
export function toJson(dataset: Dataset, content: Content, origin: URL | undefined): string {
  const file = {
    $schema: addressOf(dataFileHrefs(dataset.name).schema, origin),
    title: dataset.title,
    source: publication.subtitle,
    edition: content.editions.current.number,
    editionDate: content.editions.current.date,
    latestDay: content.latestDay,
    url: addressOf(fileHref('data/'), origin),
    count: dataset.records.length,
    records: dataset.records,
  };
  const result = fileSchema(dataset).safeParse(file);
  if (!result.success) throw new Error(`data/${dataset.name}.json: ${z.prettifyError(result.error)}`);
  // A record a line: still read and compared line by line, and at 10,000 records a sixth smaller than indented.
  const { records, ...head } = file;
  return `${JSON.stringify(head).slice(0, -1)},"records":[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]}\n`;
}

