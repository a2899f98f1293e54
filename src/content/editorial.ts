/**
 * Every value the editors give that the briefing does not state, with its basis: the one list every
 * output is held to. It is read from the content (`{ value, basis }`) and from the relations built on
 * it (a contact's sector through an item the editors link to it); a page, a Word file or a dataset that
 * shows one of these values shows its mark. Where an entry concerns a region only by the editors'
 * reading is `placementBasis` in relations.ts. «О справочнике» lists these values.
 */
import type { AgreementEntry, Content, ContactEntry, PersonEntry, RegionEntry, SectorItem } from './relations';
import { classificationBasis } from './schemas/agreement';
import { formatDateRange } from '../format/dates';

/** The entry that holds a value. */
export type EditorialEntry = { agreement: AgreementEntry } | { contact: ContactEntry } | { item: SectorItem } | { person: PersonEntry } | { region: RegionEntry };

/** What the value is, by the field that holds it (a relation's name where it is derived). */
export type EditorialField =
  | 'regions'
  | 'partiesRussia'
  | 'partiesBelarus'
  | 'track'
  | 'signedAt'
  | 'kinds'
  | 'venue'
  | 'signed'
  | 'sectors'
  | 'items'
  | 'contacts'
  | 'region'
  | 'parent'
  | 'unit';

export interface EditorialValue {
  entry: EditorialEntry;
  field: EditorialField;
  /** The value as readers see it: a region's name, a party, a kind, a document's title, a contact's dates and title. */
  value: string;
  basis: string;
}

/** The basis of a document's level: its own, or the classification the level stands for. */
export const trackBasis = (track: AgreementEntry['data']['track']): string => track.basis ?? classificationBasis(track.value);

/** A contact as a value of another entry: «1–3 июля 2023 г. — Участие …». */
export const contactLabel = (contact: ContactEntry): string => `${formatDateRange(contact.data.start, contact.data.end)} — ${contact.data.title}`;

const made = new WeakMap<Content, EditorialValue[]>();

/** Every editorial value of the content, entry by entry (documents, contacts, items, people, regions); made once per content. */
export function editorialValues(content: Content): readonly EditorialValue[] {
  let values = made.get(content);
  if (values) return values;
  values = [];
  const found = values;
  const regionName = (id: string) => content.region.get(id)!.data.name;
  const add = (entry: EditorialEntry, field: EditorialField, list: readonly { value: string; basis?: string | undefined }[]) => {
    for (const { value, basis } of list) if (basis !== undefined) found.push({ entry, field, value, basis });
  };
  const regions = (refs: readonly { id: string; basis?: string | undefined }[]) => refs.map(({ id, basis }) => ({ value: regionName(id), basis }));

  for (const agreement of content.agreements) {
    const entry = { agreement };
    const { data } = agreement;
    add(entry, 'partiesRussia', data.parties.russia);
    add(entry, 'partiesBelarus', data.parties.belarus);
    add(entry, 'regions', regions(data.regions));
    // The level is always the editors' classification.
    add(entry, 'track', [{ value: data.track.value, basis: trackBasis(data.track) }]);
    const signedAt = content.signedAt(agreement.id);
    if (signedAt) add(entry, 'signedAt', [{ value: contactLabel(signedAt.contact), basis: signedAt.basis }]);
  }
  for (const contact of content.contacts) {
    const entry = { contact };
    const { data } = contact;
    add(entry, 'kinds', data.kinds);
    add(entry, 'venue', [data.venue]);
    add(entry, 'regions', regions(data.regions));
    add(entry, 'signed', data.signed.map(({ id, basis }) => ({ value: content.agreement.get(id)!.data.title, basis })));
    add(entry, 'sectors', content.sectorsOfContact(contact).map(({ sector, basis }) => ({ value: sector.data.title, basis })));
    add(entry, 'items', content.itemsAbout(contact.id).map(({ item, basis }) => ({ value: item.data.text, basis })));
  }
  for (const item of content.items) {
    const entry = { item };
    add(entry, 'regions', regions(item.data.regions));
    add(entry, 'contacts', content.eventsOf(item).map(({ contact, basis }) => ({ value: contactLabel(contact), basis })));
  }
  for (const person of content.people) if (person.data.region) add({ person }, 'region', regions([person.data.region]));
  for (const region of content.regions) {
    const entry = { region };
    if (region.data.basis) add(entry, 'unit', [{ value: region.data.name, basis: region.data.basis }]);
    if (region.data.parent) add(entry, 'parent', regions([region.data.parent]));
  }
  made.set(content, values);
  return values;
}
