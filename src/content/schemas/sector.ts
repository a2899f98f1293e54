import { participantSchema } from './participant';
import { yearOf } from '../../format/dates';
import { basis, editorialReference, fields, isoDate, listText, longText, reference, text, uniqueList, year, z } from './common';

/** A figure the source states, with the date or period it refers to. */
export const figureSchema = fields({
  /** The number. */
  value: z.number().nonnegative(),
  /** What is counted, in the source's words: «компаний с участием белорусского капитала»; the open data lists figures in one CSV cell. */
  label: listText,
  /** «As of»: a year (2024), a day (2025-01-01) or an academic year (2024/2025); absent when the source gives none. */
  asOf: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2}|\/\d{4})?$/, { error: 'ожидается год ГГГГ, дата ГГГГ-ММ-ДД или учебный год ГГГГ/ГГГГ' })
    .optional(),
});

/** A sector item's link to the contact that is the same event, with the editors' reason for it. */
export const eventLinkSchema = fields({
  /** The contact (an entry of the chronology). */
  contact: reference('contacts'),
  /** Why the editors read the two as one event: «то же событие: 756-летие города Могилёва, 2023 г.». */
  basis,
});

const itemFields = {
  /** The source's sentence(s) for this item. */
  text: longText,
  /** Years the source gives for the item. */
  years: uniqueList(year).default([]),
  /** Year from which an ongoing activity runs («с 2018 г.»). */
  since: year.optional(),
  /** Exact day, when the source gives one. */
  date: isoDate.optional(),
  /** Belarusian units concerned; belarus for the country as a whole. */
  regions: uniqueList(editorialReference('regions'), 1),
  /** Documents the item names. */
  documents: uniqueList(reference('agreements')).default([]),
  /** People the item names, with their positions there. */
  people: z.array(participantSchema).default([]),
  /** Figures the item states. */
  figures: z.array(figureSchema).default([]),
  /**
   * Contacts of the chronology that are the event the item names (the same event and year): the
   * editors' reading, not the source's words, so each carries its basis.
   */
  contacts: z.array(eventLinkSchema).default([]),
};

function dateInYears(item: { date?: string | undefined; years: number[] }, ctx: z.RefinementCtx) {
  if (item.date && !item.years.includes(yearOf(item.date)))
    ctx.addIssue({ code: 'custom', path: ['years'], message: `ожидается, что years содержит год даты ${item.date}` });
}

/** A sub-item of an item (a «-» line of the source). */
export const subitemSchema = fields(itemFields).superRefine(dateInYears);

/** One item of a sector (a «·» line of the source), possibly with sub-items. */
export const itemSchema = fields({
    ...itemFields,
    /** Sub-items, in source order. */
    subitems: z.array(subitemSchema).default([]),
  })
  .superRefine(dateInYears);

/** One of the eight directions of cooperation. */
export const sectorSchema = fields({
  /** Short title, used in navigation and the «Направление» filter: «Культура». */
  title: listText,
  /** The source's heading of the section: «В сфере культуры». */
  heading: text,
  /** Position in the source, 1 to 8. */
  order: z.int().min(1).max(8),
  /** The section's items, in source order. */
  items: z.array(itemSchema).min(1, { error: 'ожидается хотя бы один пункт' }),
});

export type Sector = z.infer<typeof sectorSchema>;
/** A sector's item or sub-item, as the content gives it. */
export type Item = z.infer<typeof subitemSchema>;
export type Figure = z.infer<typeof figureSchema>;
