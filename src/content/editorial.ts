/**
 * Every value the editors give that the source does not state, with its basis: gathered from the
 * content for «О справочнике», so the list is never written by hand.
 */
import type { Content } from './relations';
import { formatDateRange } from '../format/dates';
import { agreementHref, contactHref, personHref, regionHref } from '../routing/urls';
import { itemHref } from '../routing/lists';
import { labels } from '../i18n/ru';

export interface EditorialValue {
  /** The entry that holds the value: its title and page. */
  entry: { label: string; href: string };
  /** What the value is, as the entry's page names it: «Регион Беларуси», «Где». */
  field: string;
  value: string;
  basis: string;
}

export function editorialValues(content: Content): EditorialValue[] {
  const regionName = (id: string) => content.region.get(id)!.data.name;
  const values: EditorialValue[] = [];
  const add = (entry: EditorialValue['entry'], field: string, items: readonly { value: string; basis?: string | undefined }[]) => {
    for (const { value, basis } of items) if (basis !== undefined) values.push({ entry, field, value, basis });
  };
  const regions = (refs: readonly { id: string; basis?: string | undefined }[]) => refs.map(({ id, basis }) => ({ value: regionName(id), basis }));

  for (const doc of content.agreements) add({ label: doc.data.title, href: agreementHref(doc.id) }, labels.regions, regions(doc.data.regions));
  for (const contact of content.contacts) {
    const { data } = contact;
    const entry = { label: `${formatDateRange(data.start, data.end)} — ${data.title}`, href: contactHref(contact.id) };
    add(entry, labels.contactKind, data.kinds);
    add(entry, labels.venue, [data.venue]);
    add(entry, labels.regions, regions(data.regions));
    add(entry, labels.signed, data.signed.map(({ id, basis }) => ({ value: content.agreement.get(id)!.data.title, basis })));
  }
  for (const item of content.items) {
    const entry = { label: `${item.sector.data.title}: ${item.data.text}`, href: itemHref(content, item) };
    add(entry, labels.regions, regions(item.data.regions));
    add(entry, labels.contact, content.eventsOf(item).map(({ contact, basis }) => ({ value: `${formatDateRange(contact.data.start, contact.data.end)} — ${contact.data.title}`, basis })));
  }
  for (const person of content.people) if (person.data.region) add({ label: person.data.name, href: personHref(person.id) }, labels.regions, regions([person.data.region]));
  for (const region of content.regions) {
    const entry = { label: region.data.name, href: regionHref(region.id) };
    if (region.data.basis) values.push({ entry, field: labels.unitNotNamed, value: region.data.name, basis: region.data.basis });
    if (region.data.parent) add(entry, labels.parent, regions([region.data.parent]));
  }
  return values;
}
