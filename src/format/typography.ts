/**
 * Russian typography for every text the site shows, in one place: «ёлочки», en dashes in ranges,
 * non-breaking spaces that keep «2023 г.», «г. Астрахань», «№ 174», initials and short words
 * with their neighbours, and plural forms of counts.
 */
export const NBSP = '\u00A0';

// One- and two-letter words, and the three-letter prepositions.
const SHORT_WORD = /(?<=^|[\s(«„\u00A0])([А-ЯЁа-яёA-Za-z]{1,2}|[Бб]ез|[Дд]ля|[Нн]ад|[Пп]од|[Пп]ри|[Пп]ро) /g;
const MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
// A capitalised word: a surname before its initials («Бабушкина И.Ю.»).
const CAPITALISED = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*';

/**
 * The build sets the same texts again and again — a contact's title on its page, in every list that
 * names it and in the Word files; the source line on every page — and each pass runs ten expressions
 * with lookbehinds, so the server side keeps what it set (bounded, for a long dev session). The
 * browser's script (the briefing page) sets a few texts once: there the cache is compiled away, and
 * the script stays as it was.
 */
const setTexts = new Map<string, string>();
const SET_TEXTS_KEPT = 200_000;

export function typeset(text: string): string {
  if (import.meta.env?.SSR) {
    const known = setTexts.get(text);
    if (known !== undefined) return known;
  }
  const set =
    text
      // Straight quotes become «ёлочки».
      .replace(/"([^"]*)"/g, '«$1»')
      // A hyphen or a spaced dash between numbers is an en dash: 2023-2025, 1941 — 1945; an ISO date stays as it is.
      .replace(/\d{4}-\d{2}-\d{2}|(\d)\s*(?:-|—|–)\s*(\d)/g, (match, left?: string, right?: string) => (left ? `${left}–${right}` : match))
      // A spaced dash (em or en) keeps to the word before it.
      .replace(/ ([–—]) /g, `${NBSP}$1 `)
      // «2023 г.», «2025–2027 гг.»: the year and its abbreviation stay together.
      .replace(/(\d) (гг?\.)/g, `$1${NBSP}$2`)
      // «12 сентября»: a day stays with its month.
      .replace(new RegExp(`(?<=^|[^\\d])(\\d{1,2}) (${MONTHS})`, 'g'), `$1${NBSP}$2`)
      // «г. Астрахань», «им. Татищева», «№ 174»: an abbreviation stays with what follows.
      .replace(/(^|[\s(«])(г|гг|им|ул|д|№)\.? ?(?=[\dА-ЯЁ])/g, (match, before: string, word: string) =>
        `${before}${word}${match.includes('.') ? '.' : ''}${NBSP}`,
      )
      // «ООО «Тройка»», «СЭЗ «Витебск»»: an organisation's form stays with its name.
      .replace(/(?<=^|[\s(«])([А-ЯЁ]{3,5}) (?=«)/g, `$1${NBSP}`)
      // Initials after a surname stay with it: «Бабушкина И.Ю.» — and not with the next sentence («Р.А. Заседание»).
      .replace(new RegExp(`(${CAPITALISED}) ([А-ЯЁ]\\.(?:[А-ЯЁ]\\.)?)(?=$|[\\s,;:)])`, 'g'), `$1${NBSP}$2`)
      // Initials before a surname stay with it: «генерал-адмирала Ф.М. Апраксина», «им. В.Н. Татищева».
      .replace(new RegExp(`(?<!${CAPITALISED}\\u00A0)(?<=^|[\\s\\u00A0])([А-ЯЁ]\\.[А-ЯЁ]\\.) (?=[А-ЯЁ][а-яё])`, 'g'), `$1${NBSP}`)
      // Short words stay with the word after them: «в Минске», «на 2025 год», «под председательством».
      .replace(SHORT_WORD, `$1${NBSP}`);
  if (import.meta.env?.SSR) {
    if (setTexts.size >= SET_TEXTS_KEPT) setTexts.clear();
    setTexts.set(text, set);
  }
  return set;
}

const pluralRules = new Intl.PluralRules('ru-RU');

/** Russian noun forms for 1, 2 and 5: { one: 'документ', few: 'документа', many: 'документов' }. */
export interface NounForms {
  one: string;
  few: string;
  many: string;
}

/** The form of a noun that goes with a count: 1 документ, 2 документа, 5 документов, 21 документ. */
export function plural(count: number, forms: NounForms): string {
  const rule = pluralRules.select(count);
  return rule === 'one' ? forms.one : rule === 'few' ? forms.few : forms.many;
}

/** A count with its noun, joined by a non-breaking space: «5 документов». */
export const countOf = (count: number, forms: NounForms): string => `${count}${NBSP}${plural(count, forms)}`;

/** A file's size as Russian readers write it: «51,7 КБ». */
export const fileSize = (bytes: number): string => `${(bytes / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })}${NBSP}КБ`;
