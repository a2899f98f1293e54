import { fields, listText, reference, z } from './common';

/** A person taking part in a contact or an activity, with the position the source gives there. */
export const participantSchema = fields({
  /** The person (an entry of `people`). */
  person: reference('people'),
  /** Position or title at that moment, in the nominative, in the source's words. */
  role: listText,
});

export type Participant = z.infer<typeof participantSchema>;
