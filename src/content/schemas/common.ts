import { z } from 'astro/zod';
import { yearOf } from '../../format/dates';
import { nearest } from '../../format/distance';

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

// In UTC, so that a check never depends on the time zone of the machine that runs it.
const thisYear = new Date().getUTCFullYear();

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

/** The longest values the content may hold: a line (a title, a name, a role), a text (an entry's text, a sector item), a word. */
export const LIMITS = { line: 500, text: 20_000, word: 80 } as const;

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const codeOf = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What is wrong with a text's characters, if anything: a control character (a line break or a tab
 * only in a text of several lines), a bidi control (it can make a text show other than it reads),
 * a noncharacter, the replacement character (left where a wrong encoding was decoded), a word too
 * long to wrap, a text too long.
 */
export function textProblem(value: string, { multiline = false, max = LIMITS.line as number } = {}): string | undefined {
  if (value.length > max) return `ожидается текст не длиннее ${max.toLocaleString('ru-RU')} знаков, а в нём ${value.length.toLocaleString('ru-RU')}`;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (multiline && (char === '\n' || char === '\r' || char === '\t')) continue;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0))
      return char === '\n' ? 'ожидается одна строка, без переводов строки' : `ожидается текст без управляющих символов, а в нём ${codeOf(code)}`;
    if (BIDI_CONTROLS.test(char)) return `ожидается текст без знаков направления письма, а в нём ${codeOf(code)}: ими можно подменить видимый текст`;
    if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return `ожидается текст без несимволов Юникода, а в нём ${codeOf(code)}`;
    if (code >= 0xd800 && code <= 0xdfff) return `ожидается текст без одиночных суррогатов, а в нём ${codeOf(code)}: такой знак не записать ни в UTF-8, ни в XML`;
    if (code === 0xfffd) return `ожидается текст без знака ${codeOf(code)} «�»: он остаётся на месте букв, прочитанных в неверной кодировке`;
  }
  const word = new RegExp(`\\S{${LIMITS.word + 1},}`).exec(value)?.[0];
  if (word) return `ожидается текст без слов длиннее ${LIMITS.word} знаков (их не перенести на узком экране), а в нём «${word.slice(0, 20)}…» — ${word.length}`;
  return undefined;
}

/** A string that passes `textProblem`, trimmed and non-empty. */
const checkedText = (options: { multiline?: boolean; max?: number }, empty: string, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: empty })
    .superRefine((value, ctx) => {
      const problem = textProblem(value, options);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    });

/** Non-empty text of one line, trimmed: a title, a name, a role, a place. */
export const text = checkedText({}, 'ожидается непустой текст', 'ожидается текст');

// A value that is an item of a list in the CSV files, where the items of a cell are joined by «; ».
const NO_SEPARATOR = 'ожидается текст без точки с запятой: она разделяет элементы списков в CSV';

/** One line of text that the open data lists with others in one CSV cell: a party, a name, a role. */
export const listText = text.refine((value) => !value.includes(';'), { error: NO_SEPARATOR });

/** Non-empty text of up to 20,000 characters, lines allowed: a sector item's text, an entry's text. */
export const longText = checkedText({ multiline: true, max: LIMITS.text }, 'ожидается непустой текст', 'ожидается текст');

/**
 * An object of the named fields and no other: a misspelt key («End:» for «end:») is refused, naming it
 * and the nearest known field, rather than dropped (the value would silently be lost).
 */
export function fields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const named = issue.keys.map((key) => {
        const near = nearest(key, known);
        return near ? `«${key}» (может быть, «${near}»?)` : `«${key}»`;
      });
      return `неизвестное поле ${named.join(', ')}: ожидаются только поля ${known.map((key) => `«${key}»`).join(', ')}`;
    },
  });
}

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
export const basis = checkedText({}, 'ожидается непустое основание', 'ожидается основание — почему редакция указывает это значение, хотя в справке его нет')
  // Lists of bases are one cell each in the CSV files, their items joined by «; ».
  .refine((value) => !value.includes(';'), { error: NO_SEPARATOR });

const isObject = (input: unknown): input is Record<string, unknown> => input !== null && typeof input === 'object' && !Array.isArray(input);

/**
 * A value as the source states it — written plainly — or, when it is the editors' reading, written as
 * `{ value: …, basis: "…" }`. Either way it is read as `{ value, basis? }`: `basis` marks the editors'.
 */
export function editorial<T extends z.ZodType>(schema: T) {
  const marked = fields({ value: schema, basis });
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

