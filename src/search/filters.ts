/** The search filters and the kinds of records, by the names readers see (and the URL keeps). */

/** The filters, by their published names. */
export const FILTERS = {
  section: 'Раздел',
  year: 'Год',
  region: 'Регион',
  sector: 'Направление',
  kind: 'Вид документа',
  status: 'Статус',
  period: 'Период действия',
  contactKind: 'Вид контакта',
  /** Not offered as a filter: which of a record's «Регион» values only the editors' reading gives. */
  regionByEditors: 'Регион по данным редакции',
  /** Not offered as a filter: which of a contact's kinds only the editors' reading gives. */
  contactKindByEditors: 'Вид контакта по данным редакции',
} as const;

export type FilterName = (typeof FILTERS)[keyof typeof FILTERS];

/** Values of «Раздел»: the kinds of records. */
export const SECTIONS = {
  agreement: 'Документ',
  contact: 'Контакт',
  sector: 'Направление',
  region: 'Регион',
  person: 'Персона',
} as const;
