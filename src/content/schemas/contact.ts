import { participantSchema } from './participant';
import { editorial, editorialReference, fields, isoDate, reference, text, uniqueList, z } from './common';

/** What happened at a contact; one contact can be several of these (a visit with a working-group session). */
export const CONTACT_KINDS = [
  'визит в Астраханскую область',
  'визит в Беларусь',
  'встреча',
  'переговоры',
  'заседание рабочей группы',
  'форум регионов',
  'форум',
  'участие в мероприятиях',
  'выставка, ярмарка',
  'подписание документов',
  'видеоконференция',
] as const;

export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Where the contact took place, at the level used by the charts. */
export const VENUES = ['Астраханская область', 'Республика Беларусь', 'видеоконференция', 'другое место', 'не указано'] as const;

/** One contact of the chronology 2019–2025. */
export const contactSchema = fields({
    /** Short title in the source's words. */
    title: text,
    /** First day (ГГГГ-ММ-ДД). */
    start: isoDate,
    /** Last day, for contacts longer than one day. */
    end: isoDate.optional(),
    /** Kinds of the contact, the main one first; one the source does not state is `{ value, basis }`. */
    kinds: uniqueList(editorial(z.enum(CONTACT_KINDS)), 1),
    /** Where it took place, at the level of the charts; `{ value, basis }` when the source does not say. */
    venue: editorial(z.enum(VENUES)),
    /** Place as the source names it: «г. Астрахань», «в режиме видеоконференции». */
    place: text.optional(),
    /** Belarusian units concerned; belarus for the national level; `{ value: id, basis }` for one the source does not name. */
    regions: uniqueList(editorialReference('regions'), 1),
    /** People the source names, with their positions at that contact. */
    people: z.array(participantSchema).default([]),
    /** Documents signed there; `{ value: id, basis }` where taking the source's words for that document is the editors' reading. */
    signed: uniqueList(editorialReference('agreements')).default([]),
    /** Documents the contact refers to without signing them (the working group whose session it was). */
    related: uniqueList(reference('agreements')).default([]),
    /**
     * Sectors the contact belongs to. The chronology files no contact under a sector, so a sector is the
     * editors' reading, `{ value: id, basis }`, unless a document signed there is named in the sector's items.
     */
    sectors: uniqueList(editorialReference('sectors')).default([]),
  })
  .superRefine((contact, ctx) => {
    if (contact.end && contact.end < contact.start)
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `ожидается дата окончания не раньше даты начала (${contact.start})`,
      });
  });

export type Contact = z.infer<typeof contactSchema>;
