/** Links to referenced entries, labelled with their titles or names, for `EntryLinks`; an editorial reference keeps its basis. */
import type { Content, Quoting } from '../content/relations';
import { itemHref } from './lists';
import { formatDateRange } from '../format/dates';
import { editions as text } from '../i18n/ru';
import { agreementHref, contactHref, personHref, regionHref, sectorHref } from './urls';

type Refs = readonly { id: string; basis?: string | undefined }[];
/** The entries by id, as the content gives them (`content.region`, `content.agreement` …). */
type ById<Data> = ReadonlyMap<string, { data: Data }>;

export interface EntryLink {
  href: string;
  label: string;
  /** Present when the link is the editors' reading, not the source's words. */
  basis?: string | undefined;
}

/**
 * Links to an entry's regions. On a page that gathers by a unit (`unit`: a region's page, its dossier),
 * a region the source names but puts under the unit only by the editors' reading (a city's oblast)
 * carries that link's basis.
 */
export const regionLinks = (content: Pick<Content, 'region' | 'within' | 'linkBasis'>, refs: Refs, unit?: string): EntryLink[] =>
  refs.map(({ id, basis }) => ({
    href: regionHref(id),
    label: content.region.get(id)!.data.name,
    basis: basis ?? (unit !== undefined && content.within(unit).has(id) ? content.linkBasis(id, unit) : undefined),
  }));

export const agreementLinks = (content: { agreement: ById<{ title: string }> }, refs: Refs): EntryLink[] =>
  refs.map(({ id, basis }) => ({ href: agreementHref(id), label: content.agreement.get(id)!.data.title, basis }));

export const sectorLinks = (content: { sector: ById<{ title: string }> }, refs: Refs): EntryLink[] =>
  refs.map(({ id, basis }) => ({ href: sectorHref(id), label: content.sector.get(id)!.data.title, basis }));

export const personLinks = (content: { person: ById<{ name: string }> }, refs: Refs): EntryLink[] =>
  refs.map(({ id, basis }) => ({ href: personHref(id), label: content.person.get(id)!.data.name, basis }));

/** Links to the entries that quote a statement of the briefing: a document, a contact, a sector's item. */
export const quotingLinks = (content: Pick<Content, 'itemsOf'>, quoting: readonly Quoting[]): EntryLink[] =>
  quoting.map((entry) =>
    'agreement' in entry
      ? { href: agreementHref(entry.agreement.id), label: entry.agreement.data.title }
      : 'contact' in entry
        ? { href: contactHref(entry.contact.id), label: `${formatDateRange(entry.contact.data.start, entry.contact.data.end)}, ${entry.contact.data.title}` }
        : { href: itemHref(content, entry.item), label: text.sectorItem(entry.item.sector.data.title) },
  );
