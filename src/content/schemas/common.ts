import { z } from 'astro/zod';
import { yearOf } from '../../format/dates';

// Every validation message a content editor sees is Russian.
z.config(z.locales.ru());

export { z };

/**
 * A reference to an entry of another collection by its id (its file name), read as `{ id, collection }`.
 * That the entry exists is a cross-entry rule (src/content/rules.ts), checked for every reference.
 */
export const reference = <C extends string>(collection: C) =>
  z.string({ error: `ожидается id записи (имя её файла) из коллекции ${collection}` }).transform((id) => ({ id, collection }));

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
  .refine((value) => year.safeParse(yearOf(value)).success, {
    error: `ожидается дата между ${FIRST_YEAR} годом и текущим`,
  });

/** Non-empty text, trimmed. */
export const text = z.string({ error: 'ожидается текст' }).trim().min(1, { error: 'ожидается непустой текст' });

/** What a list item is compared by: a reference by its id, an editorial value by its value. */
const identity = (value: unknown): string => {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  return JSON.stringify(record && 'id' in record ? record['id'] : record && 'value' in record ? record['value'] : value);
};

/** A list of references that must name each entry once. */
export function uniqueList<T extends z.ZodType>(item: T, min = 0) {
  return z
    .array(item)
    .min(min, { error: `ожидается хотя бы ${min} элемент(а)` })
    .refine((list) => new Set(list.map(identity)).size === list.length, {
      error: 'ожидается список без повторов',
    });
}

/** Why the editors give a value the source does not state: «по месту нахождения БГУИР (г. Минск)». */
export const basis = z
  .string({ error: 'ожидается основание — почему редакция указывает это значение, хотя в справке его нет' })
  .trim()
  .min(1, { error: 'ожидается непустое основание' })
  // Lists of bases are one cell each in the CSV files, their items joined by «; ».
  .refine((value) => !value.includes(';'), { error: 'ожидается основание без точки с запятой: она разделяет элементы списков в CSV' });

const isObject = (input: unknown): input is Record<string, unknown> => input !== null && typeof input === 'object' && !Array.isArray(input);

/**
 * A value as the source states it — written plainly — or, when it is the editors' reading, written as
 * `{ value: …, basis: "…" }`. Either way it is read as `{ value, basis? }`: `basis` marks the editors'.
 */
export function editorial<T extends z.ZodType>(schema: T) {
  const marked = z.object({ value: schema, basis }).strict();
  return z.unknown().transform((input, ctx): { value: z.output<T>; basis?: string } => {
    const result = isObject(input) ? marked.safeParse(input) : schema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as PropertyKey[], input });
      return z.NEVER;
    }
    return isObject(input) ? (result.data as { value: z.output<T>; basis: string }) : { value: result.data as z.output<T> };
  });
}

/** A reference the source states, or `{ value: id, basis }` when it is the editors' reading; read as `{ id, collection, basis? }`. */
export const editorialReference = <C extends string>(collection: C) =>
  editorial(reference(collection)).transform(({ value, basis }) => ({ ...value, ...(basis !== undefined && { basis }) }));

