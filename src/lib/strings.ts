/** Interface text: every label a reader sees that does not come from the content. */
export const site = {
  title: 'Астраханская область — Республика Беларусь',
  subtitle: 'Справочная информация о сотрудничестве Астраханской области с Республикой Беларусь',
};

export const nav = {
  home: 'Главная',
  agreements: 'Документы',
  sectors: 'Направления',
  chronology: 'Хронология',
  regions: 'Регионы',
  people: 'Персоны',
};

export const labels = {
  kind: 'Вид документа',
  track: 'Уровень',
  partiesRussia: 'Российская сторона',
  partiesBelarus: 'Белорусская сторона',
  noParties: 'Стороны в справке не названы',
  regions: 'Регионы Беларуси',
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
  facts: 'Сведения по направлениям',
  positions: 'Должности и участие',
  country: 'Сторона',
  parent: 'Входит в',
  title: 'Название',
  figures: 'В цифрах',
};
