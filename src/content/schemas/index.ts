/** The five collections: the folder under `content/` each lives in, its file pattern and its schema. */
import { agreementSchema } from './agreement';
import { contactSchema } from './contact';
import { personSchema } from './person';
import { regionSchema } from './region';
import { sectorSchema } from './sector';

export const collectionSpecs = {
  regions: { pattern: '*.yaml', schema: regionSchema },
  people: { pattern: '*.yaml', schema: personSchema },
  agreements: { pattern: '*.md', schema: agreementSchema },
  sectors: { pattern: '*.md', schema: sectorSchema },
  // Contacts are grouped in one folder per year: chronology/2024/2024-05-20-….md
  chronology: { pattern: '*/*.md', schema: contactSchema },
} as const;

export type CollectionName = keyof typeof collectionSpecs;
