/** Interface text: every label a reader sees that does not come from the content. */
import { NBSP, type NounForms } from './typography';

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
  briefing: 'Справка целиком',
  mainLabel: 'Основная навигация',
  breadcrumbsLabel: 'Навигационная цепочка',
  skip: 'Перейти к содержанию',
};

export const search = {
  label: 'Поиск по справочнику',
  placeholder: 'Например, Могилёв или трактор',
  button: 'Найти',
  filters: 'Фильтры',
  sort: 'Порядок',
  sortRelevance: 'по соответствию',
  sortNewest: 'сначала новые (документы и контакты)',
  sortOldest: 'сначала старые (документы и контакты)',
  reset: 'Сбросить поиск',
  more: 'Показать ещё',
  loading: 'Ищем…',
  prompt: 'Введите слово или выберите фильтр — например, все документы Брестской области.',
  found: 'Найдено',
  nothing: 'Ничего не найдено. Попробуйте другое слово или уберите фильтры.',
  failed: 'Поиск не загрузился. Документы можно найти в реестре и хронологии.',
  noScript: 'Для поиска по тексту нужен JavaScript. Без него документы и контакты можно найти в разделах:',
};

export const footer = {
  source: 'Источник',
  asOf: 'по состоянию на',
  address: 'Адрес страницы',
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
  result: { one: 'результат', few: 'результата', many: 'результатов' },
} satisfies Record<string, NounForms>;

/** The map of regions and the charts by year: titles, what they count, legends and tables. */
export const pictures = {
  mapHeading: 'Регионы на карте',
  mapTitle: 'Документы и контакты по регионам Беларуси',
  mapNote:
    'Число у области — сколько документов и контактов к ней относится, вместе с её городами; у г. Минска — к городу и его районам. Документ или контакт нескольких регионов учтён у каждого из них.',
  mapDescription:
    'Схема шести областей Беларуси и г. Минска: Витебская на севере, Гродненская на западе, Минская в центре с г. Минском, Могилёвская на востоке, Брестская на юго-западе, Гомельская на юго-востоке. Чем больше документов и контактов, тем темнее заливка; число написано на каждой области. Каждая область и г. Минск — ссылка на страницу региона.',
  mapScheme: 'Схема, а не карта в масштабе: границы областей упрощены.',
  /** The national level, which the map does not shade: «6 документов, 18 контактов». */
  national: (counts: string) =>
    `На уровне республики в целом — ${counts}: на карте они не закрашены; если в них названа и область, они учтены у неё.`,
  legend: 'Документов и контактов',
  /** A shape's accessible name: its visible words first («Брестская», the count), then what the count is made of. */
  regionLabel: (label: string, total: number, counts: string) => `${label} — ${total}: ${counts}`,
  yearsHeading: 'Контакты и документы по годам',
  contactsTitle: (from: number, to: number) => `Контакты ${from}–${to} годов: где они проходили`,
  contactsNote:
    'Контакт учтён один раз — в году, когда он начался. «Видеоконференция, другое место или место не указано» — контакты в режиме видеоконференции, за пределами Астраханской области и Беларуси и те, место которых в справке не названо.',
  directions: {
    astrakhan: 'в Астраханской области',
    belarus: 'в Беларуси',
    elsewhere: 'видеоконференция, другое место или место не указано',
  },
  documentsTitle: (from: number, to: number) => `Документы по годам, ${from}–${to}`,
  documentsNote: (first: number, earlier: string) =>
    `Год документа — год, который указан в справке. Документы до ${first} г. (${earlier}) собраны в первом столбце.`,
  earlier: (first: number) => `до ${first}`,
  inYear: (year: number, count: number) => `${year} г. — ${count}`,
  /** The summary in a chart's description: «Всего 28 контактов: в Астраханской области — 12, …». */
  summary: (total: string, parts: string[]) => `Всего ${total}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`,
  most: (year: string, value: number) => `Больше всего — в ${year} г.${NBSP}(${value}).`,
  dataTable: 'Таблица с данными',
  region: 'Регион',
  year: 'Год',
  documents: 'Документы',
  contacts: 'Контакты',
  total: 'Всего',
};
