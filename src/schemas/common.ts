import { z } from 'astro/zod';
import { createReference } from 'astro/content/runtime';

// Every validation message a content editor sees is Russian.
z.config(z.locales.ru());

export { z };

const untypedReference = createReference();

/**
 * The same `reference()` that `astro:content` exports, taken from its public runtime module so that
 * the schemas also load in plain Node (Vitest, editor tooling); typed as `astro:content` types it.
 */
export const reference = <C extends string>(collection: C) =>
  untypedReference(collection) as unknown as z.ZodPipe<z.ZodString, z.ZodTransform<{ id: string; collection: C }, string>>;

/** Earliest year a document or contact may carry. */
export const FIRST_YEAR = 1990;

const thisYear = new Date().getFullYear();

/** A calendar year between 1990 and the current year. */
export const year = z
  .int({ error: 'ожидается год — целое число из четырёх цифр' })
  .min(FIRST_YEAR, { error: `ожидается год не раньше ${FIRST_YEAR}` })
  .max(thisYear, { error: `ожидается год не позже текущего (${thisYear})` });

/** A day as an ISO string (ГГГГ-ММ-ДД), within the allowed years. */
export const isoDate = z
  .iso.date({ error: 'ожидается дата в формате ГГГГ-ММ-ДД' })
  .refine((value) => year.safeParse(Number(value.slice(0, 4))).success, {
    error: `ожидается дата между ${FIRST_YEAR} годом и текущим`,
  });

/** Non-empty text, trimmed. */
export const text = z.string({ error: 'ожидается текст' }).trim().min(1, { error: 'ожидается непустой текст' });

/** A list of references that must name each entry once. */
export function uniqueList<T extends z.ZodType>(item: T, min = 0) {
  return z
    .array(item)
    .min(min, { error: `ожидается хотя бы ${min} элемент(а)` })
    .refine((list) => new Set(list.map((value) => JSON.stringify(value))).size === list.length, {
      error: 'ожидается список без повторов',
    });
}

/** The year of an ISO date string. */
export const yearOf = (isoDay: string): number => Number(isoDay.slice(0, 4));
