import { editorialReference, fields, listText, text, z } from './common';

/** Which side a person represents. */
export const COUNTRIES = ['Российская Федерация', 'Республика Беларусь'] as const;

/**
 * A person who takes part in a contact or an activity of the source.
 * Positions are not stored here: each contact or sector fact gives the position
 * the source names there, and the person page lists them by date.
 */
export const personSchema = fields({
  /** Name in the nominative, exactly as the source gives it: «Бабушкин И.Ю.», «Оксана Якушевич». */
  name: listText,
  /** Surname, used to sort people alphabetically. */
  surname: text,
  /** The country the person represents. */
  country: z.enum(COUNTRIES),
  /** Belarusian unit the person's position belongs to; `{ value: id, basis }` when the source does not name it. */
  region: editorialReference('regions').optional(),
});

export type Person = z.infer<typeof personSchema>;
