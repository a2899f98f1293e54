/** The schema of each collection's entries. */
import { agreementSchema } from './agreement';
import { contactSchema } from './contact';
import { personSchema } from './person';
import { regionSchema } from './region';
import { sectorSchema } from './sector';

export const schemas = {
  regions: regionSchema,
  people: personSchema,
  agreements: agreementSchema,
  sectors: sectorSchema,
  contacts: contactSchema,
} as const;
