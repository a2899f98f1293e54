import { isoDate, z } from './common';

/** content/editions/editions.yaml: the editions of the briefing, oldest first. */
export const editionsSchema = z
  .array(
    z.strictObject({
      /** 1, 2, …: the edition's text is editions/<number>.txt. */
      number: z.int({ error: 'ожидается номер выпуска — целое число' }).min(1),
      /** The day the edition is dated by; null when it is not known. */
      date: isoDate.nullable(),
    }),
  )
  .min(1, { error: 'ожидается хотя бы один выпуск' });

export type EditionEntry = z.infer<typeof editionsSchema>[number];
