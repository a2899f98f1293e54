/** Links to referenced entries, labelled with their titles or names, for `EntryLinks`. */
import type { Site } from './site';
import { agreementHref, personHref, regionHref, sectorHref } from './urls';

type Refs = readonly { id: string }[];

export const regionLinks = (site: Site, refs: Refs) =>
  refs.map(({ id }) => ({ href: regionHref(id), label: site.region.get(id)!.data.name }));

export const agreementLinks = (site: Site, refs: Refs) =>
  refs.map(({ id }) => ({ href: agreementHref(id), label: site.agreement.get(id)!.data.title }));

export const sectorLinks = (site: Site, refs: Refs) =>
  refs.map(({ id }) => ({ href: sectorHref(id), label: site.sector.get(id)!.data.title }));

export const personLinks = (site: Site, refs: Refs) =>
  refs.map(({ id }) => ({ href: personHref(id), label: site.person.get(id)!.data.name }));
