/**
 * The register, the chronology, the people and the regions as open data: one zod schema per kind of
 * record, whose field descriptions are the documentation on the «Открытые данные» page, whose JSON
 * Schema is published beside the data, and which checks every record the build writes.
 */
import { AGREEMENT_KINDS, STATUSES, TRACKS } from '../content/schemas/agreement';
import { CONTACT_KINDS, VENUES } from '../content/schemas/contact';
import { COUNTRIES } from '../content/schemas/person';
import { REGION_LEVELS } from '../content/schemas/region';
import { z } from '../content/schemas/common';
import { calendar } from './ics';
import type { Site } from '../content/relations';
import { addressOf, agreementHref, contactHref, fileHref, personHref, regionHref } from '../routing/urls';
import { openData as text, site as siteText } from '../i18n/ru';

const field = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
/** An entry's id: its file name, the last part of its page's address. */
const slug = z.string().regex(/^[a-z0-9-]+$/);
const id = (description: string) => field(slug, description);
const ids = (description: string) => field(z.array(slug), description);
const texts = (description: string) => field(z.array(z.string().min(1)), description);
const day = (description: string) => field(z.iso.date(), description);
/** A page's address: full when the site is built with its origin (SITE_URL), else its path on the site. */
const address = (description: string) => field(z.string().min(1), `${description}: полный адрес, если при сборке задан SITE_URL, иначе путь на сайте`);
const url = address('Адрес страницы записи на сайте');
const optional = <T extends z.ZodType>(schema: T, description: string) => field(schema.nullable(), description);

const agreementRecord = z.object({
  id: id('Постоянный идентификатор документа; он же последняя часть адреса его страницы'),
  url,
  title: field(z.string(), 'Название документа в формулировке справки'),
  kind: field(z.enum(AGREEMENT_KINDS), 'Вид документа'),
  track: field(z.enum(TRACKS), 'Уровень, на котором заключён документ'),
  partiesRussia: texts('Российская сторона: участники в порядке справки; пусто, если справка их не называет'),
  partiesBelarus: texts('Белорусская сторона: участники в порядке справки; пусто, если справка их не называет'),
  regions: ids('Регионы Беларуси, к которым относится документ: идентификаторы записей regions.json'),
  regionNames: texts('Те же регионы Беларуси: названия'),
  regionsByEditors: ids('Те из regions, которых справка не называет (например, по месту нахождения организации): их указала редакция'),
  regionsBasis: texts('Основания редакции для regionsByEditors, в том же порядке'),
  year: field(z.int(), 'Год документа, указанный в справке'),
  periodFrom: optional(z.int(), 'Для плана мероприятий — первый год периода'),
  periodTo: optional(z.int(), 'Для плана мероприятий — последний год периода'),
  status: field(z.enum(STATUSES), 'Статус в формулировке справки'),
  replaces: optional(slug, 'Идентификатор документа, который этот документ заменил'),
  replacedBy: optional(slug, 'Идентификатор документа, которым этот документ заменён'),
  implements: optional(slug, 'Для плана мероприятий — идентификатор документа, который он реализует'),
  legalBase: optional(z.int().min(1), 'Номер пункта в перечне договорно-правовой базы, которым открывается справка'),
  signedAt: optional(slug, 'Идентификатор контакта (chronology.json), на котором, по справке, подписан документ'),
  signedAtBasis: optional(z.string().min(1), 'Если не пусто, то, что это тот же документ, что назван на контакте, — прочтение редакции, и почему'),
  sectors: texts('Направления сотрудничества, в сведениях о которых назван документ'),
  text: field(z.string().min(1), 'Текст справки о документе'),
});

const contactRecord = z.object({
  id: id('Постоянный идентификатор контакта; он же последняя часть адреса его страницы'),
  url,
  title: field(z.string(), 'Краткое название контакта словами справки'),
  start: day('Первый день (ГГГГ-ММ-ДД)'),
  end: day('Последний день (ГГГГ-ММ-ДД); у однодневного контакта совпадает с первым'),
  kinds: field(z.array(z.enum(CONTACT_KINDS)).min(1), 'Вид контакта, основной первым'),
  kindsByEditors: field(z.array(z.enum(CONTACT_KINDS)), 'Те из kinds, которых справка не называет: их указала редакция'),
  kindsBasis: texts('Основания редакции для kindsByEditors, в том же порядке'),
  venue: field(z.enum(VENUES), 'Где прошёл контакт'),
  venueBasis: optional(z.string().min(1), 'Если не пусто, справка не говорит, где прошёл контакт: venue указала редакция, и здесь почему'),
  place: optional(z.string().min(1), 'Место, как его называет справка'),
  regions: ids('Регионы Беларуси, к которым относится контакт: идентификаторы записей regions.json'),
  regionNames: texts('Те же регионы Беларуси: названия'),
  regionsByEditors: ids('Те из regions, которых справка не называет: их указала редакция'),
  regionsBasis: texts('Основания редакции для regionsByEditors, в том же порядке'),
  people: ids('Участники, названные в справке: идентификаторы записей people.json'),
  participants: texts('Те же участники с должностью, которую справка указывает на этом контакте: «Фамилия И.О. — должность»'),
  signed: ids('Документы, подписанные на контакте: идентификаторы записей agreements.json'),
  signedByEditors: ids('Те из signed, которые справка называет иначе, чем в перечне документов: что это тот же документ — прочтение редакции'),
  signedBasis: texts('Основания редакции для signedByEditors, в том же порядке'),
  related: ids('Документы, к которым контакт относится, не подписывая их (например, рабочая группа, чьё это заседание)'),
  sectors: texts('Направления сотрудничества, к которым относится контакт: их называет текст контакта, пункт о направлении называет то же событие или на контакте подписан документ направления'),
  sectorsByEditors: texts('Те из sectors, к которым контакт отнесён только по связи, установленной редакцией (пункт о направлении называет то же событие)'),
  sectorsBasis: texts('Основания редакции для sectorsByEditors, в том же порядке'),
  text: field(z.string().min(1), 'Текст справки о контакте'),
});

const personRecord = z.object({
  id: id('Постоянный идентификатор персоны; он же последняя часть адреса её страницы'),
  url,
  name: field(z.string(), 'Имя в именительном падеже, как его даёт справка'),
  surname: field(z.string(), 'Фамилия — для сортировки'),
  country: field(z.enum(COUNTRIES), 'Сторона, которую представляет персона'),
  region: optional(slug, 'Регион Беларуси, к которому относится должность: идентификатор записи regions.json'),
  regionBasis: optional(z.string().min(1), 'Если не пусто, справка региона не называет: его указала редакция, и здесь почему'),
  positions: texts('Должности по справке, от ранних к поздним'),
  contacts: ids('Контакты, в которых персона участвовала: идентификаторы записей chronology.json, по датам'),
});

const regionRecord = z.object({
  id: id('Постоянный идентификатор региона; он же последняя часть адреса его страницы'),
  url,
  name: field(z.string(), 'Название'),
  level: field(z.enum(REGION_LEVELS), 'Уровень административной единицы'),
  parent: optional(slug, 'Вышестоящая единица: идентификатор записи этого же файла; у республики — пусто'),
  parentBasis: optional(z.string().min(1), 'Если не пусто, справка не говорит, что единица входит в parent: это указала редакция, и здесь почему'),
  basis: optional(z.string().min(1), 'Если не пусто, справка эту единицу не называет: она приведена справочно (например, область названного города), и здесь почему'),
  oblast: optional(slug, 'Единица областного уровня (область или г. Минск), в которую входит регион; у республики — пусто'),
  documents: field(z.int().min(0), 'Число документов о регионе и входящих в него единицах; у республики — документов республиканского уровня'),
  contacts: field(z.int().min(0), 'Число контактов о регионе и входящих в него единицах; у республики — контактов республиканского уровня'),
});

/** Lists become one CSV cell, items joined by this separator (which no item may contain). */
export const LIST_SEPARATOR = '; ';

const names = (site: Site, refs: readonly { id: string }[]) => refs.map((ref) => site.region.get(ref.id)!.data.name);
const idsOf = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);

/** A dataset: its file name under /data/, what it is, the schema of its records and the records. */
export interface Dataset {
  name: string;
  title: string;
  description: string;
  record: z.ZodObject;
  records: Record<string, unknown>[];
}

/** Ties records to their schema, so that a record the schema does not describe fails type checking. */
const dataset = <S extends z.ZodObject>(name: keyof typeof text.datasets, record: S, records: z.input<S>[]): Dataset => ({
  name,
  ...text.datasets[name],
  record,
  records,
});

/** The four datasets, built from the content. */
function buildDatasets(site: Site, origin: URL | undefined): Dataset[] {
  const absolute = (path: string) => addressOf(path, origin);
  /** The editors' values of a list and their bases, as the ByEditors and Basis fields give them. */
  const editors = <T extends { basis?: string | undefined }, V>(list: readonly T[], value: (item: T) => V) => {
    const marked = list.filter((item) => item.basis !== undefined);
    return [marked.map(value), marked.map((item) => item.basis!)] as const;
  };
  return [
    dataset('agreements', agreementRecord, site.agreements.map((doc) => {
        const { data } = doc;
        return {
          id: doc.id,
          url: absolute(agreementHref(doc.id)),
          title: data.title,
          kind: data.kind,
          track: data.track,
          partiesRussia: data.parties.russia,
          partiesBelarus: data.parties.belarus,
          regions: idsOf(data.regions),
          regionNames: names(site, data.regions),
          ...(([regionsByEditors, regionsBasis]) => ({ regionsByEditors, regionsBasis }))(editors(data.regions, (ref) => ref.id)),
          year: data.year,
          periodFrom: data.period?.from ?? null,
          periodTo: data.period?.to ?? null,
          status: data.status,
          replaces: data.replaces?.id ?? null,
          replacedBy: data.replacedBy?.id ?? null,
          implements: data.implements?.id ?? null,
          legalBase: data.legalBase ?? null,
          signedAt: site.signedAt(doc.id)?.contact.id ?? null,
          signedAtBasis: site.signedAt(doc.id)?.basis ?? null,
          sectors: site.sectorsOf(doc.id).map((sector) => sector.data.title),
          text: doc.body ?? '',
        };
      }),
    ),
    dataset('chronology', contactRecord, site.chronology.map((contact) => {
        const { data } = contact;
        return {
          id: contact.id,
          url: absolute(contactHref(contact.id)),
          title: data.title,
          start: data.start,
          end: data.end ?? data.start,
          kinds: data.kinds.map(({ value }) => value),
          ...(([kindsByEditors, kindsBasis]) => ({ kindsByEditors, kindsBasis }))(editors(data.kinds, ({ value }) => value)),
          venue: data.venue.value,
          venueBasis: data.venue.basis ?? null,
          place: data.place ?? null,
          regions: idsOf(data.regions),
          regionNames: names(site, data.regions),
          ...(([regionsByEditors, regionsBasis]) => ({ regionsByEditors, regionsBasis }))(editors(data.regions, (ref) => ref.id)),
          people: data.people.map(({ person }) => person.id),
          participants: data.people.map(({ person, role }) => `${site.person.get(person.id)!.data.name} — ${role}`),
          signed: idsOf(data.signed),
          ...(([signedByEditors, signedBasis]) => ({ signedByEditors, signedBasis }))(editors(data.signed, (ref) => ref.id)),
          related: idsOf(data.related),
          sectors: site.sectorsOfContact(contact).map(({ sector }) => sector.data.title),
          ...(([sectorsByEditors, sectorsBasis]) => ({ sectorsByEditors, sectorsBasis }))(editors(site.sectorsOfContact(contact), ({ sector }) => sector.data.title)),
          text: contact.body ?? '',
        };
      }),
    ),
    dataset('people', personRecord, site.people.map((person) => {
        const appearances = site.appearancesOf(person.id);
        return {
          id: person.id,
          url: absolute(personHref(person.id)),
          name: person.data.name,
          surname: person.data.surname,
          country: person.data.country,
          region: person.data.region?.id ?? null,
          regionBasis: person.data.region?.basis ?? null,
          positions: [...new Set(appearances.map((appearance) => appearance.role))],
          contacts: appearances.flatMap((appearance) => (appearance.contact ? [appearance.contact.id] : [])),
        };
      }),
    ),
    dataset('regions', regionRecord, site.regions.map((region) => {
        const about = site.about(region.id);
        const national = !region.data.parent;
        return {
          id: region.id,
          url: absolute(regionHref(region.id)),
          name: region.data.name,
          level: region.data.level,
          parent: region.data.parent?.id ?? null,
          parentBasis: region.data.parent?.basis ?? null,
          basis: region.data.basis ?? null,
          oblast: national ? null : site.oblastOf(region.id).id,
          documents: about.agreements.length,
          contacts: about.contacts.length,
        };
      }),
    ),
  ];
}

/** Paths of a dataset's files under /data/. */
export const dataFileHrefs = (name: string) => ({
  json: fileHref(`data/${name}.json`),
  csv: fileHref(`data/${name}.csv`),
  schema: fileHref(`data/${name}.schema.json`),
});

/** The schema of a whole JSON file: what it is, the date of the information, and its records. */
const fileSchema = (dataset: Dataset) =>
  z.object({
    $schema: address('JSON Schema этого файла'),
    title: field(z.string(), 'Что в файле'),
    source: field(z.string(), 'Документ, из которого взяты сведения'),
    editionDate: optional(day('Дата справки'), 'Дата справки; пусто: в справке дата не указана'),
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
export function toJson(dataset: Dataset, site: Site, origin: URL | undefined): string {
  const file = {
    $schema: addressOf(dataFileHrefs(dataset.name).schema, origin),
    title: dataset.title,
    source: siteText.subtitle,
    editionDate: null,
    latestDay: site.latestDay,
    url: addressOf(fileHref('data/'), origin),
    count: dataset.records.length,
    records: dataset.records,
  };
  const result = fileSchema(dataset).safeParse(file);
  if (!result.success) throw new Error(`data/${dataset.name}.json: ${z.prettifyError(result.error)}`);
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break; lists joined. */
function cell(value: unknown, where: string): string {
  if (Array.isArray(value)) {
    const clash = value.find((item) => String(item).includes(LIST_SEPARATOR.trim()));
    if (clash !== undefined) throw new Error(`${where}: элемент списка «${clash}» содержит разделитель «${LIST_SEPARATOR.trim()}»`);
    value = value.join(LIST_SEPARATOR);
  }
  const string = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(string) ? `"${string.replace(/"/g, '""')}"` : string;
}

/**
 * The CSV file: UTF-8 with a byte-order mark (so that Excel reads Cyrillic), comma-separated, CRLF
 * line ends, a header row of the JSON field names; a list is one cell, an absent value an empty one.
 */
export function toCsv(dataset: Dataset): string {
  const columns = Object.keys(dataset.record.shape);
  const rows = dataset.records.map((record) =>
    columns.map((column) => cell(record[column], `data/${dataset.name}.csv, ${String(record['id'])}, ${column}`)).join(','),
  );
  return `\uFEFF${[columns.join(','), ...rows].join('\r\n')}\r\n`;
}

/** A field of a record as the «Открытые данные» page describes it: name, type in Russian, meaning. */
export function describeFields(dataset: Dataset) {
  const properties = z.toJSONSchema(dataset.record).properties as Record<string, JsonType>;
  return Object.entries(properties).map(([name, schema]) => ({ name, type: typeName(schema), description: schema.description ?? '' }));
}

interface JsonType {
  type?: string;
  format?: string;
  enum?: string[];
  items?: JsonType;
  anyOf?: JsonType[];
  description?: string;
}

function typeName(schema: JsonType): string {
  if (schema.anyOf) {
    const [value] = schema.anyOf.filter((option) => option.type !== 'null');
    return `${typeName(value!)} или null`;
  }
  if (schema.enum) return `одно из: ${schema.enum.map((value) => `«${value}»`).join(', ')}`;
  if (schema.type === 'array') return `список (${typeName(schema.items!)})`;
  if (schema.format === 'date') return 'дата ГГГГ-ММ-ДД';
  if (schema.format === 'uri') return 'адрес (URL)';
  return { integer: 'целое число', string: 'текст', number: 'число' }[schema.type ?? ''] ?? 'значение';
}

/** The contacts as all-day events; the UID is the contact's id, so it survives a move of the site. */
function contactsCalendar(site: Site, origin: URL | undefined): string {
  const events = site.chronology.map((contact) => ({
    uid: `${contact.id}@astrakhan-belarus`,
    start: contact.data.start,
    end: contact.data.end ?? contact.data.start,
    summary: contact.data.title,
    description: contact.body ?? '',
    location: contact.data.place,
    // A calendar link must be a full address: with no origin known, none.
    ...(origin && { url: new URL(contactHref(contact.id), origin).href }),
    categories: contact.data.kinds.map(({ value }) => value),
  }));
  // DTSTAMP: the latest day the briefing names, so the file changes only with the content.
  return calendar(text.calendarName, site.latestDay, events);
}

/** A file under /data/. */
export interface DataFile {
  path: string;
  type: string;
  body: string;
}

/**
 * The datasets and their files, built once per content and origin: every file's route and the
 * «Открытые данные» page ask for them.
 */
let built: { site: Site; origin: string | undefined; datasets: Dataset[]; files: DataFile[] } | undefined;

function openDataOf(site: Site, origin: URL | undefined) {
  if (built?.site === site && built.origin === origin?.href) return built;
  const sets = buildDatasets(site, origin);
  const files = [
    ...sets.flatMap((dataset) => [
      { path: `${dataset.name}.json`, type: 'application/json', body: toJson(dataset, site, origin) },
      { path: `${dataset.name}.schema.json`, type: 'application/schema+json', body: `${JSON.stringify(jsonSchema(dataset, origin), null, 2)}\n` },
      { path: `${dataset.name}.csv`, type: 'text/csv', body: toCsv(dataset) },
    ]),
    { path: 'chronology.ics', type: 'text/calendar', body: contactsCalendar(site, origin) },
  ];
  built = { site, origin: origin?.href, datasets: sets, files };
  return built;
}

/** The four datasets. */
export const datasets = (site: Site, origin: URL | undefined): Dataset[] => openDataOf(site, origin).datasets;

/** Every file under /data/: each dataset as JSON, its JSON Schema and CSV; the contacts as a calendar. */
export const dataFiles = (site: Site, origin: URL | undefined): DataFile[] => openDataOf(site, origin).files;
