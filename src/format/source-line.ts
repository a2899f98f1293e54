/**
 * The line that names the source of everything on the site — the briefing and the edition the site
 * follows — and its date: the edition's, or for an edition that gives none, the latest day it names.
 * Pages, printed pages and the Word files all say it in these words.
 */
import type { Content } from '../content/relations';
import { editions, footer, publication } from '../i18n/ru';
import { formatDate } from './dates';
import { typeset } from './typography';

/** A sentence ends with one full stop: a date ends with «г.» already. */
export const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/** «Дата справки не указана; последнее событие в ней — …» for an undated edition; nothing for a dated one (its date is in its name). */
export const dateLine = (content: Content): string | undefined =>
  content.editions.current.date ? undefined : typeset(footer.dateLine(formatDate(content.latestDay)));

/** «Источник: «Справочная информация …», выпуск 2 от 2 марта 2026 г.», then the date line where there is one. */
export function sourceLine(content: Content): string {
  const { number, date } = content.editions.current;
  const line = typeset(sentence(`${footer.source}: «${publication.subtitle}», ${editions.edition(number, date && formatDate(date))}`));
  const undated = dateLine(content);
  return undated ? `${line} ${undated}` : line;
}
