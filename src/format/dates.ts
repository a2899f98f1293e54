/**
 * Days and years: reading them from the ISO dates of the content, and writing them for Russian readers.
 * The only place a date becomes text, and the only place a year is taken from a date.
 */

const dayMonth = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });

const parse = (isoDay: string): Date => new Date(`${isoDay}T00:00:00Z`);

/** The year of an ISO date (ГГГГ-ММ-ДД). */
export const yearOf = (isoDay: string): number => Number(isoDay.slice(0, 4));

/** Every whole year from `from` to `to`. */
export const yearRange = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** Every year a span of days falls in: «2024-12-30 – 2025-01-02» gives 2024 and 2025. */
export const yearsOf = (start: string, end = start): number[] => yearRange(yearOf(start), yearOf(end));

const monthName = new Intl.DateTimeFormat('ru-RU', { month: 'long', timeZone: 'UTC' });

/** «2025-03» → «март». */
export const formatMonth = (isoMonth: string): string => monthName.format(parse(`${isoMonth}-01`));

/** «3 июля 2024 г.» */
export function formatDate(isoDay: string): string {
  return `${dayMonth.format(parse(isoDay))} ${yearOf(isoDay)} г.`;
}

/**
 * A range of days as Russian readers write it: «15–17 июля 2019 г.», «30 июня – 1 июля 2022 г.»,
 * «30 декабря 2024 г. – 2 января 2025 г.»; a single day when the end is absent or equal to the start.
 */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  if (yearOf(start) !== yearOf(end)) return `${formatDate(start)} – ${formatDate(end)}`;
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  const from = sameMonth ? String(parse(start).getUTCDate()) : dayMonth.format(parse(start));
  return `${from}${sameMonth ? '–' : ' – '}${formatDate(end)}`;
}

/** «на 1 января 2025 г.», «за 2024 г.», «в 2024/2025 учебном году» for a figure's as-of value. */
export function formatAsOf(asOf: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return `на ${formatDate(asOf)}`;
  if (/^\d{4}\/\d{4}$/.test(asOf)) return `в ${asOf} учебном году`;
  return `за ${asOf} г.`;
}

/** «2023 г.», «2022, 2024 гг.» */
export const formatYears = (years: readonly (string | number)[]): string =>
  years.length ? `${years.join(', ')} ${years.length > 1 ? 'гг.' : 'г.'}` : '';
