/**
 * What an office document holds, apart from any format: headings, numbered items, tables, and runs of
 * text whose editorial marks become footnotes. Made from a dossier (the whole briefing, a region) and
 * from a sector summary, with the site's typography; src/documents/word.ts writes it as .docx.
 */
import { regionsOf, type Content, type SectorEntry } from '../content/relations';
import { contactLabel } from '../content/editorial';
import { regionLinks } from '../routing/links';
import { selectionLine } from '../briefing/selection';
import type { Dossier } from '../content/dossier';
import { formatDate } from '../format/dates';
import { briefing, editorial, labels, sectorPages } from '../i18n/ru';
import { sourceLine } from '../format/source-line';
import { typeset } from '../format/typography';

/** A piece of text; `note`, the editors' basis for it, becomes a footnote. */
export interface Run {
  text: string;
  note?: string | undefined;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; numbered: boolean; items: { runs: Run[]; sub: Run[][] }[] }
  /** `widths`: each column's share of the line, in per cent. */
  | { kind: 'table'; head: string[]; widths: number[]; rows: Run[][][] };

export interface OfficeDocument {
  title: string;
  /** Under the title: what the document holds, and the briefing's date line. */
  lines: string[];
  blocks: Block[];
}

/** A run of text; `note`, a whole footnote. */
const noted = (text: string, note?: string): Run => ({ text: typeset(text), ...(note && { note: typeset(note) }) });
/** A run of text; `basis`, the editors' basis for it, becomes its footnote. */
const run = (text: string, basis?: string): Run => noted(text, basis && editorial.note(basis));

/**
 * Region names, each a run with its editorial note where the editors give it, joined by commas; «в справке
 * не указан» for none. In a region's dossier (`unit`), a region placed under it only by the editors'
 * reading (a city's oblast) carries that basis, as on the region's pages.
 */
function regionRuns(content: Content, refs: readonly { id: string; basis?: string | undefined }[], unit?: string): Run[] {
  if (refs.length === 0) return [run(labels.noRegion)];
  return regionLinks(content, refs, unit).flatMap(({ label, basis }, index) => [...(index > 0 ? [run(', ')] : []), run(label, basis)]);
}

/** An entry's text in a region's dossier: footnoted with the editors' basis where only their reading puts the entry in the region. */
function placed(content: Content, text: string, refs: readonly { id: string; basis?: string | undefined }[], unit: string | undefined): Run {
  const basis = unit === undefined ? undefined : content.placementBasis(refs, unit);
  return noted(text, basis && editorial.placement(content.region.get(unit!)!.data.name, basis));
}

/** A dossier — the whole briefing or a region — in the briefing's three parts, as on its page. */
export function dossierDocument(content: Content, dossier: Dossier, title: string): OfficeDocument {
  const names = { region: (id: string) => content.region.get(id)!.data.name, sector: (id: string) => content.sector.get(id)!.data.title };
  const unit = dossier.selection.region;
  const documents = (agreements: Dossier['legalBase']) => ({
    kind: 'list' as const,
    numbered: true,
    items: agreements.map((doc) => ({ runs: [run(doc.body ?? '')], sub: [[run(`${labels.regions}: `), ...regionRuns(content, doc.data.regions, unit)]] })),
  });
  const blocks: Block[] = [];
  if (dossier.legalBase.length + dossier.otherAgreements.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: briefing.documents });
    if (dossier.legalBase.length) blocks.push({ kind: 'heading', level: 3, text: briefing.legalBase }, documents(dossier.legalBase));
    if (dossier.otherAgreements.length) blocks.push({ kind: 'heading', level: 3, text: briefing.otherDocuments }, documents(dossier.otherAgreements));
  }
  if (dossier.sectors.length) {
    blocks.push({ kind: 'heading', level: 2, text: briefing.sectorsHeading });
    for (const { sector, items } of dossier.sectors)
      blocks.push({ kind: 'heading', level: 3, text: typeset(sector.data.heading) }, {
        kind: 'list',
        numbered: true,
        items: items.map((entry) => ({ runs: [placed(content, entry.item.data.text, regionsOf.item(entry), unit)], sub: entry.subitems.map((sub) => [run(sub.data.text)]) })),
      });
  }
  if (dossier.years.length) {
    blocks.push({ kind: 'heading', level: 2, text: typeset(briefing.chronology(yearsOf(dossier))) });
    for (const { year, contacts } of dossier.years)
      blocks.push({ kind: 'heading', level: 3, text: String(year) }, { kind: 'list', numbered: false, items: contacts.map((contact) => ({ runs: [placed(content, contact.body ?? '', contact.data.regions, unit)], sub: [] })) });
  }
  return { title: typeset(title), lines: [typeset(selectionLine(dossier.selection, dossier.counts, names)), sourceLine(content)], blocks };
}

const yearsOf = (dossier: Dossier) => {
  const years = dossier.years.map(({ year }) => year);
  return years.length === 1 ? briefing.oneYear(years[0]!) : briefing.yearRun(years[0]!, years.at(-1)!);
};

/** A sector summary, as its printed page: the items with their years and regions, the documents' table, the contacts. */
export function sectorDocument(content: Content, sector: SectorEntry): OfficeDocument {
  const items = content.itemsOf(sector.id);
  const agreements = content.agreementsOf(sector.id);
  const contacts = content.contactsOf(sector.id);
  const sectorBasis = (contact: (typeof contacts)[number]) => content.sectorBasis(contact, sector.id);
  const lead = sectorPages.summary(sector.data.heading, {
    items: items.length,
    agreements: agreements.length,
    contacts: contacts.length,
    contactsByEditors: contacts.filter((contact) => sectorBasis(contact) !== undefined).length,
  });
  // An item's years and regions, then each contact that is its event: the lines under it, as on its page.
  const meta = (item: (typeof items)[number]['item']): Run[][] => {
    const { data } = item;
    const when = data.date ? formatDate(data.date) : [data.since && labels.since(data.since), data.years.join(', ')].filter(Boolean).join('; ');
    return [
      [...(when ? [run(when), run(' · ')] : []), ...regionRuns(content, data.regions)],
      ...content.eventsOf(item).map(({ contact, basis }) => [run(`${labels.contact}: `), run(contactLabel(contact), basis)]),
    ];
  };
  const blocks: Block[] = [
    { kind: 'list', numbered: true, items: items.map(({ item, subitems }) => ({ runs: [run(item.data.text)], sub: [...meta(item), ...subitems.map((sub) => [run(sub.data.text)])] })) },
  ];
  if (agreements.length)
    blocks.push({ kind: 'heading', level: 2, text: labels.documents }, {
      kind: 'table',
      head: [labels.title, labels.kind, labels.year, labels.status, labels.regions],
      widths: [52, 13, 7, 12, 16],
      rows: agreements.map(({ data }) => [[run(data.title)], [run(data.kind)], [run(String(data.year))], [run(data.status)], regionRuns(content, data.regions)]),
    });
  if (contacts.length)
    blocks.push({ kind: 'heading', level: 2, text: labels.contacts }, {
      kind: 'list',
      numbered: false,
      items: contacts.map((contact) => {
        const basis = sectorBasis(contact);
        return { runs: [noted(contactLabel(contact), basis && editorial.sector(sector.data.title, basis))], sub: [] };
      }),
    });
  return { title: typeset(sector.data.title), lines: [typeset(lead), sourceLine(content)], blocks };
}

