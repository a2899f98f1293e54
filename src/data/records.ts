/**
 * The register, the chronology, the people, the regions and the sectors' items as open data: one zod schema per kind of
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
import { itemHref } from '../routing/lists';
import { trackBasis } from '../content/editorial';
import { formatAsOf } from '../format/dates';
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
  track: field(z.enum(TRACKS), 'Уровень, на котором заключён документ: классификация редакции по его сторонам — в справке её нет'),
  trackBasis: field(z.string().min(1), 'Основание редакции для track: что означает этот уровень, или почему документ к нему отнесён'),
  partiesRussia: texts('Российская сторона: участники в порядке справки; пусто, если справка их не называет'),
  partiesRussiaByEditors: texts('Те из partiesRussia, о ком справка не говорит, что они — российская сторона (их название этого не называет): сторону указала редакция'),
  partiesRussiaBasis: texts('Основания редакции для partiesRussiaByEditors, в том же порядке'),
  partiesBelarus: texts('Белорусская сторона: участники в порядке справки; пусто, если справка их не называет'),
  partiesBelarusByEditors: texts('Те из partiesBelarus, о ком справка не говорит, что они — белорусская сторона: сторону указала редакция'),
  partiesBelarusBasis: texts('Основания редакции для partiesBelarusByEditors, в том же порядке'),
  regions: ids('Регионы Беларуси, к которым относится документ: идентификаторы записей regions.json; пусто, если справка регион не называет и его нельзя из неё вывести'),
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
  sectors: texts('Направления сотрудничества, к которым относится контакт: на нём подписан документ, который называет пункт о направлении, или его отнесла к направлению редакция'),
  sectorsByEditors: texts('Те из sectors, к которым контакт отнесла редакция: по его предмету или потому, что пункт о направлении называет то же событие'),
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
  documentsByEditors: field(z.int().min(0), 'Из documents — отнесённых к региону только по данным редакции (по месту нахождения организации, потому что город входит в область)'),
  contacts: field(z.int().min(0), 'Число контактов о регионе и входящих в него единицах; у республики — контактов республиканского уровня'),
  contactsByEditors: field(z.int().min(0), 'Из contacts — отнесённых к региону только по данным редакции'),
  items: field(z.int().min(0), 'Число пунктов справки о направлениях (пункт — вместе с подпунктами) о регионе и входящих в него единицах'),
  itemsByEditors: field(z.int().min(0), 'Из items — отнесённых к региону только по данным редакции'),
});

const itemRecord = z.object({
  id: id('Постоянный идентификатор: направление и номер пункта, у подпункта — и его номер (kultura-3, obrazovanie-7-1); он же якорь пункта на странице направления'),
  url,
  sector: id('Направление: идентификатор (последняя часть адреса его страницы)'),
  sectorTitle: field(z.string(), 'Направление: название'),
  number: field(z.string(), 'Номер пункта в направлении по порядку справки; у подпункта — «номер пункта.номер подпункта»'),
  item: optional(slug, 'У подпункта — идентификатор пункта, которому он принадлежит; у пункта — пусто'),
  subitems: ids('У пункта — идентификаторы его подпунктов, по порядку'),
  text: field(z.string().min(1), 'Текст справки: формулировка пункта или подпункта'),
  years: field(z.array(z.int()), 'Годы, которые называет пункт'),
  since: optional(z.int(), 'Год, с которого, по справке, идёт деятельность («с 2018 г.»)'),
  date: optional(z.iso.date(), 'День, если пункт его называет (ГГГГ-ММ-ДД)'),
  regions: ids('Регионы Беларуси, к которым относится пункт: идентификаторы записей regions.json'),
  regionNames: texts('Те же регионы Беларуси: названия'),
  regionsByEditors: ids('Те из regions, которых пункт не называет (например, по месту нахождения организации): их указала редакция'),
  regionsBasis: texts('Основания редакции для regionsByEditors, в том же порядке'),
  documents: ids('Документы, которые называет пункт: идентификаторы записей agreements.json'),
  people: ids('Персоны, которых называет пункт: идентификаторы записей people.json'),
  participants: texts('Те же персоны с должностью, которую указывает пункт: «Имя — должность»'),
  figures: texts('Числа, которые называет пункт: «число — что считается (на какую дату)»'),
  contacts: ids('Контакты хронологии, которые — то же событие, что называет пункт: идентификаторы записей chronology.json'),
  contactsByEditors: ids('Те из contacts, которые связала с пунктом редакция (справка их не связывает)'),
  contactsBasis: texts('Основания редакции для contactsByEditors, в том же порядке'),
  ...editionFields,
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

/**
 * The editors' values of a list and their bases, as the `<name>ByEditors` and `<name>Basis` fields give
 * them: `byEditors(data.regions, (ref) => ref.id, 'regions')` is `{ regionsByEditors, regionsBasis }`.
 */
function byEditors<T extends { basis?: string | undefined }, V, N extends string>(list: readonly T[], value: (item: T) => V, name: N) {
  const marked = list.filter((item) => item.basis !== undefined);
  return { [`${name}ByEditors`]: marked.map(value), [`${name}Basis`]: marked.map((item) => item.basis!) } as Record<`${N}ByEditors`, V[]> & Record<`${N}Basis`, string[]>;
}

/** The datasets, built from the content. */
export function buildDatasets(content: Content, origin: URL | undefined): Dataset[] {
  const absolute = (path: string) => addressOf(path, origin);
  /** The edition fields of a record's text: every text of the content is in the current edition (the build checks it). */
  const editionOf = (id: string, quoted: string) => {
    const lineage = content.editions.lineageOf(quoted);
    if (!lineage) throw new Error(`${id}: текст записи не найден в текущем выпуске справки`);
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
          track: data.track.value,
          trackBasis: trackBasis(data.track),
          partiesRussia: data.parties.russia.map(({ value }) => value),
          ...byEditors(data.parties.russia, ({ value }) => value, 'partiesRussia'),
          partiesBelarus: data.parties.belarus.map(({ value }) => value),
          ...byEditors(data.parties.belarus, ({ value }) => value, 'partiesBelarus'),
          regions: idsOf(data.regions),
          regionNames: names(content, data.regions),
          ...byEditors(data.regions, (ref) => ref.id, 'regions'),
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
          ...editionOf(doc.id, doc.body ?? ''),
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
          ...byEditors(data.kinds, ({ value }) => value, 'kinds'),
          venue: data.venue.value,
          venueBasis: data.venue.basis ?? null,
          place: data.place ?? null,
          regions: idsOf(data.regions),
          regionNames: names(content, data.regions),
          ...byEditors(data.regions, (ref) => ref.id, 'regions'),
          people: data.people.map(({ person }) => person.id),
          participants: data.people.map(({ person, role }) => `${content.person.get(person.id)!.data.name} — ${role}`),
          signed: idsOf(data.signed),
          ...byEditors(data.signed, (ref) => ref.id, 'signed'),
          related: idsOf(data.related),
          sectors: content.sectorsOfContact(contact).map(({ sector }) => sector.data.title),
          ...byEditors(content.sectorsOfContact(contact), ({ sector }) => sector.data.title, 'sectors'),
          text: contact.body ?? '',
          ...editionOf(contact.id, contact.body ?? ''),
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
          documentsByEditors: about.byEditors.agreements.length,
          contacts: about.contacts.length,
          contactsByEditors: about.byEditors.contacts.length,
          items: about.items.length,
          itemsByEditors: about.byEditors.items.length,
        };
      }),
    ),
    dataset('items', itemRecord, content.wholeItems.flatMap(({ item, subitems }) => [item, ...subitems].map((one) => {
        const { data, sector, anchor } = one;
        const events = content.eventsOf(one);
        const [number, sub] = anchor.slice(sector.id.length + 1).split('-');
        return {
          id: anchor,
          url: absolute(itemHref(content, one)),
          sector: sector.id,
          sectorTitle: sector.data.title,
          number: sub ? `${number}.${sub}` : number!,
          item: one === item ? null : item.anchor,
          subitems: one === item ? subitems.map((entry) => entry.anchor) : [],
          text: data.text,
          years: data.years,
          since: data.since ?? null,
          date: data.date ?? null,
          regions: idsOf(data.regions),
          regionNames: names(content, data.regions),
          ...byEditors(data.regions, (ref) => ref.id, 'regions'),
          documents: idsOf(data.documents),
          people: data.people.map(({ person }) => person.id),
          participants: data.people.map(({ person, role }) => `${content.person.get(person.id)!.data.name} — ${role}`),
          figures: data.figures.map((figure) => `${figure.value} — ${figure.label}${figure.asOf ? ` (${formatAsOf(figure.asOf)})` : ''}`),
          contacts: events.map(({ contact }) => contact.id),
          ...byEditors(events, ({ contact }) => contact.id, 'contacts'),
          ...editionOf(anchor, data.text),
        };
      })),
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

