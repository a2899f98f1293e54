/** Interface text: every label a reader sees that does not come from the content. */
import type { NounForms } from './typography';

export const site = {
  title: 'Астраханская область — Республика Беларусь',
  subtitle: 'Справочная информация о сотрудничестве Астраханской области с Республикой Беларусь',
  description:
    'Справочник о сотрудничестве Астраханской области с Республикой Беларусь: действующие соглашения и другие документы, восемь направлений сотрудничества и хронология контактов 2019–2025 годов.',
  lead: 'Документы, направления сотрудничества и хронология контактов Астраханской области с Республикой Беларусь — по справочной информации, собранной в одном документе. Каждую запись можно найти по году и региону Беларуси и распечатать.',
};

export const nav = {
  home: 'Главная',
  agreements: 'Документы',
  sectors: 'Направления',
  chronology: 'Хронология',
  regions: 'Регионы',
  people: 'Персоны',
  search: 'Поиск',
  about: 'О справочнике',
  mainLabel: 'Основная навигация',
  breadcrumbsLabel: 'Навигационная цепочка',
  skip: 'Перейти к содержанию',
};

export const search = {
  label: 'Поиск по справочнику',
  placeholder: 'Например, Могилёв или трактор',
  button: 'Найти',
};

export const footer = {
  source: 'Источник',
  asOf: 'по состоянию на',
};

export const labels = {
  kind: 'Вид документа',
  track: 'Уровень',
  parties: 'Стороны',
  partiesRussia: 'Российская сторона',
  partiesBelarus: 'Белорусская сторона',
  noParties: 'Стороны в справке не названы',
  regions: 'Регион Беларуси',
  year: 'Год',
  period: 'Период',
  status: 'Статус',
  replaces: 'Заменил',
  replacedBy: 'Заменён',
  implements: 'Реализует',
  implementedBy: 'Планы реализации',
  signedAt: 'Подписан',
  sectors: 'Направления',
  date: 'Даты',
  contactKind: 'Вид контакта',
  venue: 'Где',
  place: 'Место',
  people: 'Участники',
  signed: 'Подписанные документы',
  related: 'Связанные документы',
  documents: 'Документы',
  contacts: 'Контакты',
  appearances: 'Контакты и мероприятия',
  facts: 'Сведения по направлениям',
  positions: 'Должности по справке',
  country: 'Сторона',
  parent: 'Входит в',
  parts: 'Включает',
  title: 'Название',
  figures: 'В цифрах',
  source: 'Текст справки',
  previous: 'Предыдущий контакт',
  next: 'Следующий контакт',
  byYear: 'По годам',
  byRegion: 'По регионам',
  allDocuments: 'Все документы',
  allContacts: 'Все контакты',
  latestContacts: 'Последние контакты',
  keyFigures: 'Коротко',
  since: 'с',
  national: 'на уровне республики',
  nothing: 'В справке нет сведений.',
  readMore: 'Подробнее',
};

/** Noun forms for counts: 1 документ, 2 документа, 5 документов. */
export const nouns = {
  document: { one: 'документ', few: 'документа', many: 'документов' },
  contact: { one: 'контакт', few: 'контакта', many: 'контактов' },
  region: { one: 'регион', few: 'региона', many: 'регионов' },
  person: { one: 'персона', few: 'персоны', many: 'персон' },
  sector: { one: 'направление', few: 'направления', many: 'направлений' },
  fact: { one: 'пункт', few: 'пункта', many: 'пунктов' },
  inForce: { one: 'действует', few: 'действуют', many: 'действуют' },
} satisfies Record<string, NounForms>;
