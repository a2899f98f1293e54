/** Interface text: every label a reader sees that does not come from the content. */
import { NBSP, countOf, type NounForms } from '../format/typography';

/** The site's name and the briefing it publishes. */
export const publication = {
  title: 'Астраханская область — Республика Беларусь',
  subtitle: 'Справочная информация о сотрудничестве Астраханской области с Республикой Беларусь',
  /** The home page's description: «8 направлений», the chronology's first and last years, from the content. */
  description: (sectors: string, first: number, last: number) =>
    `Справочник о сотрудничестве Астраханской области с Республикой Беларусь: действующие соглашения и другие документы, ${sectors} сотрудничества и хронология контактов ${first}–${last} годов.`,
  lead: 'Документы, направления сотрудничества и хронология контактов Астраханской области с Республикой Беларусь — по справочной информации, собранной в одном документе. Каждую запись можно найти по году и региону Беларуси и распечатать.',
  tagline: 'Справочник о сотрудничестве',
};

/** The running header and the page numbers of every printed page (read by print.css from the <html> element). */
export const printedPage = {
  header: 'Астраханская область — Республика Беларусь. Справочная информация',
  page: 'Стр.',
  of: 'из',
};

/** The home page's key figures. */
export const home = {
  documents: (documents: string, inForce: number, verb: string) => `${documents}, из них ${inForce} ${verb}`,
  contacts: (contacts: string, first: number, last: number) => `${contacts} в ${first}–${last} гг.`,
  regions: (regions: string) => `${regions} Беларуси (областного уровня) в документах и контактах`,
  /** Of those regions, the ones no document or contact names by the source's words: «из них 2 региона — только по данным редакции». */
  regionsByEditors: (regions: string) => `из них ${regions} — только по данным редакции`,
  including: 'в том числе',
};

/** The register of documents. */
export const register = {
  description:
    'Реестр документов о сотрудничестве Астраханской области с Республикой Беларусь: соглашения, меморандумы, планы мероприятий и договоры с годами, сторонами, регионами и статусом.',
  lead: (documents: string, inForce: number) =>
    `${documents} из справки: соглашения, меморандумы, планы мероприятий, договор и рабочая группа; из них ${inForce} имеют статус «действует».`,
  allCaption: 'Все документы, по годам',
  sections: 'Разделы реестра',
  /** Under the regions' counts: how many of each only the editors' reading puts there. */
  byEditors: (shares: readonly string[]) =>
    `Число у региона — документы его самого, его городов и районов. Из них отнесены к региону по данным редакции (по месту нахождения организации или потому, что город входит в область; справка этого не называет): ${shares.join(', ')}.`,
  regionDescription: (documents: string, region: string) => `${documents} о сотрудничестве Астраханской области с Республикой Беларусь: ${region}.`,
  nationalLead: 'Документы, заключённые на уровне Республики Беларусь в целом, а не отдельной области или города.',
  oblastLead: 'Документы, в которых участвуют эта область, её города и районы.',
  aboutRegion: (region: string) => `Всё о регионе «${region}»`,
  /** A document's description for search engines: «Соглашение, 2021 г., статус: действует. …». */
  documentDescription: (kind: string, year: number, status: string, title: string) =>
    `${kind[0]!.toUpperCase()}${kind.slice(1)}, ${year} г., статус: ${status}. ${title}`,
};

/** The chronology. */
export const chronology = {
  description: (first: number, last: number) =>
    `Хронология контактов Астраханской области с Республикой Беларусь в ${first}–${last} годах: визиты, встречи, форумы регионов, заседания рабочей группы.`,
  lead: (contacts: string, first: number, last: number) => `${contacts} ${first}–${last} годов, новые сверху. Год открывает отдельную страницу.`,
  yearDescription: (contacts: string, year: number) => `${contacts} Астраханской области с Республикой Беларусь в ${year} году.`,
  yearLead: (contacts: string) => `${contacts}, по порядку дат.`,
  years: 'Годы',
  neighbours: 'Соседние контакты',
};

/** The sectors. */
export const sectorPages = {
  description:
    'Восемь направлений сотрудничества Астраханской области с Республикой Беларусь: торговля, промышленность, транспорт, сельское хозяйство, образование, культура, молодёжная политика и спорт.',
  lead: 'Восемь направлений в порядке справки. Каждое открывает сводку, которую можно распечатать.',
  /**
   * «В сфере культуры: 9 пунктов справки, 3 документа, 4 контакта (из них по данным редакции: контактов — 1).»
   * (no documents or contacts: not said)
   */
  summary: (heading: string, counts: { items: number; agreements: number; contacts: number; contactsByEditors: number }) =>
    `${heading}: ${[
      `${countOf(counts.items, nouns.item)} справки`,
      ...(counts.agreements ? [countOf(counts.agreements, nouns.document)] : []),
      ...(counts.contacts ? [countOf(counts.contacts, nouns.contact)] : []),
    ].join(', ')}${counts.contactsByEditors ? ` (${editorial.ofWhich([[counts.contactsByEditors, nouns.contact]])})` : ''}.`,
  pageDescription: (summary: string) => `${summary} Сотрудничество Астраханской области с Республикой Беларусь.`,
};

/** The whole briefing on one page, to read or print. */
export const briefing = {
  title: 'Справка целиком',
  description:
    'Вся справочная информация о сотрудничестве Астраханской области с Республикой Беларусь одним документом: правовая база, восемь направлений и хронология контактов — для чтения и печати, целиком или по региону, направлениям и годам.',
  choose: 'Выберите, что включить в документ: регион, направления, годы. Выбор сохраняется в адресе страницы — её можно отправить.',
  region: 'Регион',
  allRegions: 'Все регионы',
  national: 'на уровне республики',
  sectors: 'Направления',
  years: 'Годы',
  show: 'Показать',
  reset: 'Показать всё',
  contents: 'Содержание',
  documents: 'Документы',
  legalBase: 'Правовая база сотрудничества',
  otherDocuments: 'Документы, названные в сведениях о направлениях',
  sectorsHeading: 'Основные направления сотрудничества',
  chronology: (years: string) => `Хронология контактов, ${years}`,
  oneYear: (year: number) => `${year}${NBSP}г.`,
  yearRun: (first: number, last: number) => `${first}–${last}${NBSP}гг.`,
  yearList: (years: readonly number[]) => `${years.join(', ')}${NBSP}гг.`,
  sectorsChosen: (names: readonly string[]) => `направления: ${names.join(', ')}`,
  nothing: 'В выбранном нет ни документов, ни контактов, ни пунктов справки.',
  /** A region's ready dossier, on its page. */
  dossierOf: (region: string) => `Досье: ${region}`,
  dossierTitle: (region: string) => `Досье: ${region}`,
  dossierDescription: (region: string, counts: string) => `Всё о сотрудничестве Астраханской области с регионом «${region}» одним документом: ${counts} — для печати и в Word.`,
  dossierLead: 'Документы, пункты справки о направлениях и контакты, которые относятся к региону и входящим в него городам и районам.',
  narrow: 'Сузить по направлениям и годам',
  /** A dossier too large for one document: its contents page and its parts. */
  partsLead: (records: string) =>
    `В справке ${records} — одним документом она слишком велика и для чтения с телефона, и для печати. Поэтому она разделена на части: каждая открывается и печатается отдельно. Целиком — в файле Word.`,
  parts: 'Части',
  part: { legalBase: 'Правовая база сотрудничества', documents: (year: string) => `Документы ${year}${NBSP}г., названные в сведениях о направлениях`, chronology: (year: string) => `Хронология контактов, ${year}${NBSP}г.`, chronologyMonth: (month: string, year: string) => `Хронология контактов, ${month} ${year}${NBSP}г.` },
  partOf: (part: string, whole: string) => `${whole}: ${part}`,
  allParts: 'Все части',
};

/** The downloads beside «Печать»: the browser's print as PDF, and the Word file made at build time. */
export const downloads = {
  label: 'Скачать:',
  pdf: 'PDF',
  pdfHint: 'PDF — через печать браузера: «Сохранить как PDF»',
  word: (size: string) => `Word (${size})`,
  /** On the briefing, when a reader narrowed it: the Word file is the nearest one made at build. */
  wordNearest: 'Файл Word — вся справка или досье выбранного региона: выбор направлений и лет в него не переносится.',
};

/** The regions' pages. */
export const regionPage = {
  description: (region: string, summary: string) => `${region} в сотрудничестве с Астраханской областью: ${summary}.`,
  nationalSummary: 'На уровне республики в целом',
  withParts: 'Вместе с входящими городами и районами',
};

/** The people's pages. */
export const peopleIndex = {
  description:
    'Участники контактов и мероприятий из справки о сотрудничестве Астраханской области с Республикой Беларусь, с должностями на дату каждого контакта.',
  lead: 'Участники контактов и мероприятий, которые названы в справке, с должностями, указанными в ней.',
  personDescription: (name: string, roles: string[]) => `${name}: ${roles.join('; ')} — по справке о сотрудничестве Астраханской области с Республикой Беларусь.`,
};

/** The page for an address that does not exist. */
export const notFound = {
  title: 'Страница не найдена',
  description: 'Такой страницы в справочнике нет.',
  lead: 'Такой страницы в справочнике нет: адрес мог измениться или в нём опечатка. Попробуйте найти нужное поиском или откройте один из разделов.',
  agreements: 'реестр соглашений, меморандумов и планов',
  sectors: 'восемь направлений сотрудничества',
  chronology: 'контакты по годам',
  regions: 'области и города Беларуси',
};

/** A region's name as written on the map: «Брестская» for «Брестская область». */
export const shortRegionName = (name: string) => name.replace(/ область$/, '');

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
  description: 'Поиск документов, контактов, сведений по направлениям, персон и регионов по слову, году, региону Беларуси и статусу.',
  label: 'Поиск по справочнику',
  /** Short enough to show whole in the narrowest field, the header's on a 320 px phone. */
  placeholder: 'Могилёв, трактор…',
  button: 'Найти',
  filters: 'Фильтры',
  sort: 'Порядок',
  sortRelevance: 'по соответствию',
  sortNewest: 'сначала новые',
  sortOldest: 'сначала старые',
  results: 'Результаты',
  chosenFilters: 'Выбранные фильтры',
  removeFilter: (name: string, value: string) => `Убрать фильтр «${name}: ${value}»`,
  resetAll: 'Сбросить всё',
  more: 'Показать ещё',
  loading: 'Ищем…',
  prompt: 'Введите слово или выберите фильтр — например, все документы Брестской области.',
  /** «Найдено: 12 результатов: 5 документов, 7 контактов.» */
  found: (total: string, parts: string[]) => `Найдено: ${total}${parts.length > 1 ? `: ${parts.join(', ')}` : ''}.`,
  /** A word found nowhere in the content; with several words, which of them. */
  nothing: (query: string, missing: string[]) =>
    `По запросу «${query}» ничего не найдено${missing.length ? `: в справочнике нет ${missing.length > 1 ? 'слов' : 'слова'} ${missing.map((word) => `«${word}»`).join(', ')}` : ''}.`,
  nothingFiltered: (query: string) => `По запросу «${query}» с выбранными фильтрами ничего не найдено. Уберите часть фильтров.`,
  nothingForFilters: 'С выбранными фильтрами ничего не найдено. Уберите часть фильтров.',
  suggestions: 'Похожие слова, которые в справочнике есть (это не результаты поиска):',
  failed: 'Поиск не загрузился. Документы можно найти в реестре и хронологии.',
  noScript: 'Для поиска по тексту нужен JavaScript. Без него документы и контакты можно найти в разделах:',
  browseAgreements: 'по годам и регионам',
  browseChronology: 'контакты по годам',
  browseRegions: 'всё о каждой области и городе',
  regionHint: 'Город учтён у своей области; сюда входят и отнесённые к региону редакцией (по месту организации, по области города).',
  /** A sector item's result: its kind line and, as its title, its opening words. */
  itemTitle: (sector: string, number: string) => `${sector}, пункт ${number}`,
  sectorSummary: 'сводка по направлению',
  listKind: 'Страница-перечень',
};

/** Titles of the pages that list records: the same on the page and in search. */
export const listTitles = {
  /** A full list behind an aggregate page: «Документы: Могилёвская область». */
  fullList: (list: string, name: string) => `${list}: ${name}`,
  documentsOfYear: (year: number) => `Документы ${year} года`,
  documentsOfRegion: (region: string) => `Документы: ${region}`,
  contactsOfYear: (year: number) => `Контакты ${year} года`,
  documentsOfYearDescription: (documents: string, year: number) => `${documents} ${year} года о сотрудничестве Астраханской области с Республикой Беларусь.`,
};

/** The regions index. */
export const regionsIndex = {
  /** An oblast whose cities run on from the page before. */
  continued: 'продолжение',
  description: 'Регионы Беларуси в сотрудничестве с Астраханской областью: области, г. Минск и города, с документами, контактами и сведениями по каждому.',
  /** Which units are here: those the source names, and those kept only as reference geography. */
  lead: (reference: string[]) =>
    `Области, г. Минск, города и районы Беларуси, которые названы в справке${reference.length ? `, а также справочно — ${reference.join(', ')}: сами они в справке не названы, почему они здесь — в пометке «ред.» у каждой` : ''}. У области учтены и её города; где справка не говорит, что город входит в область, это отмечено «ред.».`,
  national: 'на уровне республики',
};

/** The table of every value the editors give, on «О справочнике». */
export const editorialTable = {
  caption: (count: number) => `Значения, которых нет в справке: их указала редакция (${count})`,
  /** What each kind of value is, as the entry's page names it. */
  fields: {
    regions: 'Регион Беларуси',
    partiesRussia: 'Российская сторона',
    partiesBelarus: 'Белорусская сторона',
    track: 'Уровень',
    signedAt: 'Подписан',
    kinds: 'Вид контакта',
    venue: 'Где',
    signed: 'Подписанный документ',
    sectors: 'Направление',
    items: 'В сведениях о направлениях',
    contacts: 'Контакт — то же событие',
    region: 'Регион Беларуси',
    parent: 'Входит в',
    unit: 'Единица, которой нет в справке',
  },
  /** The documents' levels, explained once: the classification the editors apply. */
  tracks: 'Уровень документа в справке не указан: это классификация редакции по сторонам документа, и на страницах он всегда отмечен «ред.». Уровни:',
  entry: 'Запись',
  field: 'Что',
  value: 'Значение',
  basis: 'Основание',
};

/** Counts of what rests on the editors' reading, by kind: «документов — 6, пунктов — 12»; zeros left out. */
const shares = (parts: readonly (readonly [number, { many: string }])[]) =>
  parts.filter(([count]) => count > 0).map(([count, noun]) => `${noun.many} — ${count}`).join(', ');

/** The mark of a value the editors added: it is not the source's words, and says why it is there. */
export const editorial = {
  mark: 'ред.',
  note: (basis: string) => `в справке не указано; по данным редакции: ${basis}`,
  /** An entry in a region's list, dossier or count only by the editors' reading. */
  placement: (region: string, basis: string) => `в справке не указано, что запись относится к региону «${region}»; по данным редакции: ${basis}`,
  /** A contact in a sector's list or count only by the editors' reading. */
  sector: (sector: string, basis: string) => `в справке не указано, что контакт относится к направлению «${sector}»; по данным редакции: ${basis}`,
  /**
   * Beside a count that rests partly on such values, what share of what: «из них по данным редакции:
   * документов — 6, пунктов — 12»; nothing when none does.
   */
  ofWhich: (parts: readonly (readonly [number, { many: string }])[]) => (shares(parts) ? `из них по данным редакции: ${shares(parts)}` : ''),
  shares,
  /** A search result's region or kind that only the editors' reading gives. */
  search: (value: string) => `${value} (по данным редакции)`,
};

export const footer = {
  source: 'Источник',
  /** The briefing gives no date of its own: say so, and name the latest day it speaks of (a date ends with «г.»). */
  dateLine: (latestDay: string) => `Дата справки не указана; последнее событие в ней — ${latestDay}`,
  address: 'Адрес страницы',
};

export const labels = {
  print: 'Печать',
  kind: 'Вид документа',
  track: 'Уровень',
  parties: 'Стороны',
  partiesRussia: 'Российская сторона',
  partiesBelarus: 'Белорусская сторона',
  noParties: 'Стороны в справке не названы',
  noRegion: 'в справке не указан',
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
  sectorItems: 'В сведениях о направлениях',
  date: 'Даты',
  contactKind: 'Вид контакта',
  venue: 'Где',
  place: 'Место',
  people: 'Участники',
  signed: 'Подписанные документы',
  related: 'Связанные документы',
  documents: 'Документы',
  contacts: 'Контакты',
  contact: 'Контакт',
  appearances: 'Контакты и мероприятия',
  items: 'Сведения по направлениям',
  positions: 'Должности по справке',
  country: 'Сторона',
  parent: 'Входит в',
  unitNotNamed: 'Единица, которой нет в справке',
  referenceUnit: 'Справочно: в справке эта единица не названа.',
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
  /** «с 2018 г.»: activity that continues since that year. */
  since: (year: number) => `с ${year}${NBSP}г.`,
  national: 'на уровне республики',
  nothing: 'В справке нет сведений.',
  readMore: 'Подробнее',
};

/** What each status of a document means, in the source's words where it has them. */
export const statuses = {
  title: 'Что означает статус',
  searchAll: 'найти все',
  meanings: {
    действует: 'справка называет документ действующим: «Действует Соглашение…», «Действует Меморандум…».',
    реализуется: 'план мероприятий, который, по справке, выполняется: «Реализуется План мероприятий…».',
    подписано: 'справка сообщает о подписании («Подписано соглашение…», «Подписан Меморандум…», «Подписание Плана…») и не говорит, действует ли документ сейчас.',
    заключено: 'справка сообщает, что соглашение заключено («Заключено Соглашение…», «заключили соглашение»), и не говорит, действует ли оно сейчас.',
    заменено: 'вместо документа подписан другой: «подписано в 2021 г. взамен Соглашения, действовавшего с 1999 г.».',
  },
} as const;

/** Noun forms for counts: 1 документ, 2 документа, 5 документов. */
export const nouns = {
  document: { one: 'документ', few: 'документа', many: 'документов' },
  contact: { one: 'контакт', few: 'контакта', many: 'контактов' },
  region: { one: 'регион', few: 'региона', many: 'регионов' },
  person: { one: 'персона', few: 'персоны', many: 'персон' },
  sector: { one: 'направление', few: 'направления', many: 'направлений' },
  item: { one: 'пункт', few: 'пункта', many: 'пунктов' },
  inForce: { one: 'действует', few: 'действуют', many: 'действуют' },
  result: { one: 'результат', few: 'результата', many: 'результатов' },
  sectorRecord: { one: 'запись о направлениях', few: 'записи о направлениях', many: 'записей о направлениях' },
  listPage: { one: 'страница-перечень', few: 'страницы-перечня', many: 'страниц-перечней' },
  event: { one: 'событие', few: 'события', many: 'событий' },
  record: { one: 'запись', few: 'записи', many: 'записей' },
} satisfies Record<string, NounForms>;

/** The «Открытые данные» page, the data files, the calendar and the feed. */
export const openData = {
  title: 'Открытые данные',
  description:
    'Реестр документов, хронология контактов, персоны и регионы справочника книгой Excel и в форматах JSON и CSV, с описанием каждого поля; календарь контактов и лента новых записей.',
  datasets: {
    agreements: {
      title: 'Документы',
      description: 'Документы, которые справка называет подписанными, действующими или реализуемыми: реестр сайта.',
    },
    chronology: {
      title: 'Хронология контактов',
      description: 'Контакты Астраханской области с Республикой Беларусь, от ранних к поздним.',
    },
    people: {
      title: 'Персоны',
      description: 'Участники контактов и мероприятий, названные в справке, с их должностями по справке.',
    },
    regions: {
      title: 'Регионы Беларуси',
      description: 'Административные единицы Беларуси, названные в справке, с вышестоящей единицей и числом документов, контактов и пунктов.',
    },
    items: {
      title: 'Пункты о направлениях',
      description:
        'Сведения справки о восьми направлениях сотрудничества — её пункты и подпункты — в формулировке справки, с годами, регионами, документами, персонами, числами и контактами, которые — то же событие.',
    },
  },
  records: 'Записей',
  fields: 'Поля записи',
  field: 'Поле',
  type: 'Тип',
  meaning: 'Значение',
  calendar: 'Календарь контактов (iCalendar)',
  calendarName: 'Контакты Астраханской области с Республикой Беларусь',
  feed: 'Лента новых записей (RSS)',
  feedTitle: 'Новые документы и контакты',
  feedDescription: 'Документы и контакты справочника, новые первыми; изменения их текста в новых выпусках справки — отдельными записями, датированными днём выпуска.',
  schema: 'JSON Schema',
  calendarAndFeed: 'Календарь и лента',
  calendarNote: (size: string, events: string) =>
    ` (${size}): ${events} на весь день, от первого до последнего дня контакта; в описании — текст справки и вид контакта, если его указала редакция (с её основанием), в категориях — виды контакта, которые называет справка, в ссылке — страница контакта. Файл можно импортировать в календарь или подписаться на него.`,
  feedNote:
    'документы и контакты, новые первыми. Документ датирован днём подписания, только если справка называет однодневный контакт, на котором он подписан; остальные документы даты не имеют и идут после датированных записей своего года.',
  feedCategory: { agreement: 'Документ', contact: 'Контакт' },
  /** The workbook of every dataset: its title in the file's properties and its line on the page, after the file's size. */
  workbookTitle: 'Открытые данные справочника о сотрудничестве Астраханской области с Республикой Беларусь',
  /** After the workbook's size: «все 5 наборов в одной книге, по листу на каждый». */
  workbookNote: (datasets: number) => `все ${datasets} наборов в одной книге, по листу на каждый`,
  /**
   * The workbook's column headings by field name; «набор.поле» where a dataset's field needs its own.
   * Every field of every record needs one: the build stops on a field without a heading.
   */
  columns: {
    id: 'Идентификатор',
    url: 'Страница на сайте',
    title: 'Название',
    text: 'Текст справки',
    kind: 'Вид документа',
    track: 'Уровень',
    partiesRussia: 'Российская сторона',
    partiesBelarus: 'Белорусская сторона',
    regions: 'Регионы (идентификаторы)',
    regionNames: 'Регионы',
    regionsByEditors: 'Регионы по данным редакции',
    regionsBasis: 'Основания редакции: регионы',
    year: 'Год',
    periodFrom: 'Период: с',
    periodTo: 'Период: по',
    status: 'Статус',
    replaces: 'Заменяет',
    replacedBy: 'Заменён',
    implements: 'Реализует',
    legalBase: 'Пункт перечня договорно-правовой базы',
    signedAt: 'Подписан на контакте',
    signedAtBasis: 'Основание редакции: контакт подписания',
    sectors: 'Направления сотрудничества',
    start: 'Первый день',
    end: 'Последний день',
    kinds: 'Вид контакта',
    kindsByEditors: 'Вид по данным редакции',
    kindsBasis: 'Основания редакции: вид',
    venue: 'Где прошёл',
    venueBasis: 'Основание редакции: где прошёл',
    place: 'Место',
    people: 'Участники (идентификаторы)',
    participants: 'Участники',
    signed: 'Подписанные документы',
    signedByEditors: 'Подписанные по данным редакции',
    signedBasis: 'Основания редакции: подписанные',
    related: 'Связанные документы',
    sectorsByEditors: 'Направления по данным редакции',
    sectorsBasis: 'Основания редакции: направления',
    name: 'Имя',
    surname: 'Фамилия',
    country: 'Сторона',
    region: 'Регион',
    regionBasis: 'Основание редакции: регион',
    positions: 'Должности',
    contacts: 'Контакты',
    level: 'Уровень',
    parent: 'Вышестоящая единица',
    parentBasis: 'Основание редакции: вышестоящая единица',
    basis: 'Почему приведён справочно',
    oblast: 'Область',
    documents: 'Число документов',
    edition: 'Впервые в выпуске справки',
    changedInEdition: 'Текст изменён в выпуске',
    'regions.name': 'Название',
    'regions.contacts': 'Число контактов',
    trackBasis: 'Основание редакции: уровень',
    partiesRussiaByEditors: 'Российская сторона по данным редакции',
    partiesRussiaBasis: 'Основания редакции: российская сторона',
    partiesBelarusByEditors: 'Белорусская сторона по данным редакции',
    partiesBelarusBasis: 'Основания редакции: белорусская сторона',
    documentsByEditors: 'Из них документов по данным редакции',
    contactsByEditors: 'Из них контактов по данным редакции',
    items: 'Число пунктов',
    itemsByEditors: 'Из них пунктов по данным редакции',
    sectorTitle: 'Направление',
    'items.sector': 'Направление (идентификатор)',
    number: 'Номер пункта',
    item: 'Пункт (у подпункта)',
    subitems: 'Подпункты',
    years: 'Годы',
    since: 'С года',
    date: 'День',
    'items.documents': 'Документы',
    'items.contacts': 'Контакты — то же событие',
    contactsBasis: 'Основания редакции: контакты',
    figures: 'Числа',
  },
};

/** The pages of a long list. */
export const pagination = {
  label: 'Страницы списка',
  /** «1–50 из 3 412» */
  range: (first: string, last: string, total: string) => `${first}–${last} из ${total}`,
  first: 'Первая',
  previous: 'Предыдущая',
  next: 'Следующая',
  last: 'Последняя',
  page: (number: number, count: number) => `Страница ${number} из ${count}`,
  /** The document title of page 2 and on: «Документы, страница 2 из 69». */
  title: (title: string, number: number, count: number) => `${title}, страница ${number} из ${count}`,
  /** The link from an aggregate page to a full list: «Все документы (3 412)». */
  all: (what: string, count: string) => `${what}: все (${count})`,
  latest: (count: number) => `Последние ${count}:`,
};

/**
 * The briefing's editions — «выпуски справки» for readers: «редакция» on this site means the editors
 * («по данным редакции»), never an edition. The «Что изменилось» page, each entry's line, the home page
 * and the feed.
 */
export const editions = {
  title: 'Что изменилось',
  description: 'Какие абзацы справки добавлены, изменены и удалены в каждом её новом выпуске, со ссылками на записи справочника.',
  lead: 'Справочник построен по тексту справки. Когда в него загружают новый выпуск справки, здесь видно, какие её абзацы в нём добавлены, изменены, удалены и перенесены по сравнению с предыдущим выпуском, и какие записи справочника их цитируют.',
  /** «выпуск 2 от 2 марта 2026 г.», «выпуск 1» when it is not dated (the date ends with «г.»). */
  edition: (number: number, date: string | null) => `выпуск ${number}${date ? ` от ${date}` : ''}`,
  heading: (number: number, date: string | null) => `Выпуск ${number}${date ? ` от ${date}` : ''}`,
  current: 'текущий',
  /** The home page's line and the footer's: which edition the site follows (a date ends with «г.»). */
  follows: (number: number, date: string | null) => `Справочник построен по ${number}-му выпуску справки${date ? ` от ${date}` : '.'}`,
  /** With one edition, the whole of «Что изменилось»: «Справка пока в одном выпуске: 93 абзаца, по ним построен справочник.» */
  only: (paragraphs: string) => `Справка пока в одном выпуске — ${paragraphs}; по ним построен справочник, сравнивать не с чем.`,
  first: (edition: string, paragraphs: string) => `${edition[0]!.toUpperCase()}${edition.slice(1)} — первый, по которому построен справочник: ${paragraphs}.`,
  counts: (counts: { added: number; changed: number; removed: number; moved: number; unchanged: number }) =>
    `Абзацев добавлено: ${counts.added}, изменено: ${counts.changed}, удалено: ${counts.removed}, перенесено: ${counts.moved}; без изменений: ${counts.unchanged}.`,
  added: 'Добавлено',
  changed: 'Изменено',
  removed: 'Удалено',
  moved: 'Перенесено в другой раздел',
  renamed: 'Заголовки разделов',
  before: 'Было',
  after: 'Стало',
  section: (section: string) => `Раздел «${section}»`,
  movedFrom: (from: string, to: string) => `Из раздела «${from}» в раздел «${to}»`,
  quotedBy: 'В справочнике',
  sectorItem: (sector: string) => `Направление «${sector}»: пункт`,
  notQuoted: 'Удалённый абзац справочник больше не цитирует.',
  text: (edition: string) => `Текст: ${edition}`,
  /** An entry's line under its text: where it came in and when it last changed. */
  lineage: (first: string, changed: string | undefined) => `В справке — с выпуска ${first}; ${changed ? `текст изменён в выпуске ${changed}` : 'с тех пор не менялся'}.`,
  all: 'Все изменения',
  feedChanged: (number: number, title: string) => `Изменено в выпуске ${number}: ${title}`,
  /** A paragraph of the briefing: a line marked «·» or «–». */
  paragraphs: { one: 'абзац', few: 'абзаца', many: 'абзацев' },
};

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
  /** The map's counts include documents and contacts placed in a region by the editors: «документов — 12, контактов — 2». */
  mapByEditors: (shares: string) =>
    `В числах на карте учтены и записи, отнесённые к области только по данным редакции — по месту нахождения организации или потому, что город входит в область (этого справка не называет): ${shares}; по каждой области — в таблице с данными.`,
  byEditorsDocuments: 'Из них документов по данным редакции',
  byEditorsContacts: 'Из них контактов по данным редакции',
  /** A shape's accessible name: its visible words first («Брестская», the count), then what the count is made of. */
  regionLabel: (label: string, total: number, counts: string) => `${label} — ${total}: ${counts}`,
  yearsHeading: 'Контакты и документы по годам',
  contactsTitle: (from: number, to: number) => `Контакты ${from}–${to} годов: где они проходили`,
  contactsNote:
    'Контакт учтён один раз — в году, когда он начался. «Видеоконференция, другое место или место не указано» — контакты в режиме видеоконференции, за пределами Астраханской области и Беларуси и те, место которых в справке не названо.',
  venueByEditors: 'Место контакта «по данным редакции» — там, где справка его не называет; на странице контакта оно отмечено «ред.».',
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
