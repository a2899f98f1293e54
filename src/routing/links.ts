/** Links to referenced entries, labelled with their titles or names, for `EntryLinks`; an editorial reference keeps its basis. */
import type { Site } from '../content/relations';
import { agreementHref, personHref, regionHref, sectorHref } from './urls';

type Refs = readonly { id: string; basis?: string | undefined }[];

export interface EntryLink {
  href: string;
  label: string;
  /** Present when the link is the editors' reading, not the source's words. */
  basis?: string | undefined;
}

export const regionLinks = (site: Site, refs: Refs): EntryLink[] =>
  refs.map(({ id, basis }) => ({ href: regionHref(id), label: site.region.get(id)!.data.name, basis }));

export const agreementLinks = (site: Site, refs: Refs): EntryLink[] =>
  refs.map(({ id, basis }) => ({ href: agreementHref(id), label: site.agreement.get(id)!.data.title, basis }));

export const sectorLinks = (site: Site, refs: Refs): EntryLink[] =>
  refs.map(({ id, basis }) => ({ href: sectorHref(id), label: site.sector.get(id)!.data.title, basis }));

export const personLinks = (site: Site, refs: Refs): EntryLink[] =>
  refs.map(({ id, basis }) => ({ href: personHref(id), label: site.person.get(id)!.data.name, basis }));
