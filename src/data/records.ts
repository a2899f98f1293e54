/**
 * The register, the chronology, the people and the regions as open data: one zod schema per kind of
 * record, whose field descriptions are the documentation on the «Открытые данные» page, whose JSON
 * Schema is published beside the data, and which checks every record the build writes. The files are
 * written from these records by one writer per format: json.ts, csv.ts, ics.ts, rss.ts.
 */
import { AGREEMENT_KINDS, STATUSES, TRACKS } from '../content/schemas/agreement';
import { CONTACT_KINDS, VENUES } from '../content/schemas/contact';
import { COUNTRIES } from '../content/schemas/person';
import { REGION_LEVELS } from '../content/schemas/region';
import { z } from '../content/schemas/common';
import type { Content } from '../content/relations';
import { addressOf, agreementHref, contactHref, fileHref, personHref, regionHref } from '../routing/urls';
import { openData as text } from '../i18n/ru';

export const field = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
/** An entry's id: its file name, the last part of its page's address. */
const slug = z.string().regex(/^[a-z0-9-]+$/);
const id = (description: string) => field(slug, description);
const ids = (description: string) => field(z.array(slug), description);
const texts = (description: string) => field(z.array(z.string().min(1)), description);
export const day = (description: string) => field(z.iso.date(), description);
/** A page's address: full when the site is built with its origin (SITE_URL), else its path on the site. */
export const address = (description: string) => field(z.string().min(1), `${description}: полный адрес, если при сборке задан SITE_URL, иначе путь на сайте`);
const url = address('Адрес страницы записи на сайте');
export const optional = <T extends z.ZodType>(schema: T, description: string) => field(schema.nullable(), description);

/** Where a record's text came from: the edition of the briefing it first appeared in, the last that changed it. */
const editionFields = {
  edition: field(z.int().min(1), 'Номер выпуска справки, в котором текст записи появился впервые (выпуски — на странице «Что изменилось»)'),
  changedInEdition: optional(z.int().min(1), 'Номер последнего выпуска справки, изменившего текст записи; пусто, если текст не менялся'),
};

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
  ...editionFields,
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
  ...editionFields,
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

const names = (content: Content, refs: readonly { id: string }[]) => refs.map((ref) => content.region.get(ref.id)!.data.name);
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
export function buildDatasets(content: Content, origin: URL | undefined): Dataset[] {
  const absolute = (path: string) => addressOf(path, origin);
  /** The editors' values of a list and their bases, as the ByEditors and Basis fields give them. */
  const editors = <T extends { basis?: string | undefined }, V>(list: readonly T[], value: (item: T) => V) => {
    const marked = list.filter((item) => item.basis !== undefined);
    return [marked.map(value), marked.map((item) => item.basis!)] as const;
  };
  /** The edition fields of a document or contact: every text of the content is in the current edition (the build checks it). */
  const editionOf = (entry: { id: string; body?: string | undefined }) => {
    const lineage = content.editions.lineageOf(entry.body ?? '');
    if (!lineage) throw new Error(`${entry.id}: текст записи не найден в текущем выпуске справки`);
    return { edition: lineage.first, changedInEdition: lineage.changed };
  };
  return [
    dataset('agreements', agreementRecord, content.agreements.map((doc) => {
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
          regionNames: names(content, data.regions),
          ...(([regionsByEditors, regionsBasis]) => ({ regionsByEditors, regionsBasis }))(editors(data.regions, (ref) => ref.id)),
          year: data.year,
          periodFrom: data.period?.from ?? null,
          periodTo: data.period?.to ?? null,
          status: data.status,
          replaces: data.replaces?.id ?? null,
          replacedBy: data.replacedBy?.id ?? null,
          implements: data.implements?.id ?? null,
          legalBase: data.legalBase ?? null,
          signedAt: content.signedAt(doc.id)?.contact.id ?? null,
          signedAtBasis: content.signedAt(doc.id)?.basis ?? null,
          sectors: content.sectorsOf(doc.id).map((sector) => sector.data.title),
          text: doc.body ?? '',
          ...editionOf(doc),
        };
      }),
    ),
    dataset('chronology', contactRecord, content.contacts.map((contact) => {
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
          regionNames: names(content, data.regions),
          ...(([regionsByEditors, regionsBasis]) => ({ regionsByEditors, regionsBasis }))(editors(data.regions, (ref) => ref.id)),
          people: data.people.map(({ person }) => person.id),
          participants: data.people.map(({ person, role }) => `${content.person.get(person.id)!.data.name} — ${role}`),
          signed: idsOf(data.signed),
          ...(([signedByEditors, signedBasis]) => ({ signedByEditors, signedBasis }))(editors(data.signed, (ref) => ref.id)),
          related: idsOf(data.related),
          sectors: content.sectorsOfContact(contact).map(({ sector }) => sector.data.title),
          ...(([sectorsByEditors, sectorsBasis]) => ({ sectorsByEditors, sectorsBasis }))(editors(content.sectorsOfContact(contact), ({ sector }) => sector.data.title)),
          text: contact.body ?? '',
          ...editionOf(contact),
        };
      }),
    ),
    dataset('people', personRecord, content.people.map((person) => {
        const appearances = content.appearancesOf(person.id);
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
    dataset('regions', regionRecord, content.regions.map((region) => {
        const about = content.about(region.id);
        const national = !region.data.parent;
        return {
          id: region.id,
          url: absolute(regionHref(region.id)),
          name: region.data.name,
          level: region.data.level,
          parent: region.data.parent?.id ?? null,
          parentBasis: region.data.parent?.basis ?? null,
          basis: region.data.basis ?? null,
          oblast: national ? null : content.oblastOf(region.id).id,
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

