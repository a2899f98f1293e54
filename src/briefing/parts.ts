/**
 * A dossier too large for one document — the whole briefing or a region's, at scale — in parts that
 * each print on their own: the legal base, the other documents of each year, each sector's items,
 * each year of the chronology. The dossier's page becomes their contents.
 *
 * The limit: 600 records (documents, contacts and sector items). The real briefing, 123 records,
 * is 16 KB of HTML gzip and prints on 9–10 A4 pages; a record costs ~0.1 KB gzip and ~1/13 of a
 * page, so 600 records make ~70 KB gzip — inside the 100 KB a page may weigh, with room for longer
 * texts — and ~45 printed pages, about as much as anyone prints before a meeting. Beyond it, one
 * document is neither light enough for a phone nor printable in one go; the Word files keep
 * the whole for those who want it. BRIEFING_LIMIT in the environment lowers it for the tests.
 */
import { countsOf, type Dossier } from '../content/dossier';
import type { Content } from '../content/relations';
import { formatMonth } from '../format/dates';
import { briefing as text } from '../i18n/ru';

export const BRIEFING_LIMIT = limit(process.env['BRIEFING_LIMIT']);

function limit(value: string | undefined): number {
  if (value === undefined || value === '') return 600;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`BRIEFING_LIMIT: ожидается целое число записей (1 и больше), а не «${value}»`);
  return Number(value);
}

/** Records of a dossier: its documents, contacts and sector items. */
const recordsOf = ({ counts }: Dossier) => counts.agreements + counts.contacts + counts.items;

/** Whether a dossier is too large for one document. */
export const oversize = (dossier: Dossier): boolean => recordsOf(dossier) > BRIEFING_LIMIT;

export type PartKind = 'legal-base' | 'documents' | 'sector' | 'chronology';

/** A part of a dossier: its address segment, what it is, and the dossier narrowed to it. */
export interface Part {
  id: string;
  kind: PartKind;
  /** The sector's id or the year, for the part's title. */
  of: string;
  dossier: Dossier;
}

const EMPTY = { legalBase: [], otherAgreements: [], sectors: [], years: [] };

/** The parts of a dossier in the briefing's order, each a dossier of its own with its counts. */
export function partsOf(dossier: Dossier): Part[] {
  const part = (id: string, kind: PartKind, of: string, narrowed: Omit<Dossier, 'selection' | 'counts' | 'byEditors'>): Part => {
    const found = { ...narrowed, byEditors: dossier.byEditors };
    return { id, kind, of, dossier: { ...found, selection: dossier.selection, counts: countsOf(found) } };
  };
  const documentYears = [...new Set(dossier.otherAgreements.map((doc) => doc.data.year))].sort((a, b) => a - b);
  return [
    ...(dossier.legalBase.length > 0 ? [part('legal-base', 'legal-base', '', { ...EMPTY, legalBase: dossier.legalBase })] : []),
    ...documentYears.map((year) => part(`documents-${year}`, 'documents', String(year), { ...EMPTY, otherAgreements: dossier.otherAgreements.filter((doc) => doc.data.year === year) })),
    ...dossier.sectors.map((group) => part(group.sector.id, 'sector', group.sector.id, { ...EMPTY, sectors: [group] })),
    ...dossier.years.flatMap((group) =>
      // A year with more contacts than one document holds is in parts by month: no part grows with the content.
      group.contacts.length <= BRIEFING_LIMIT
        ? [part(String(group.year), 'chronology', String(group.year), { ...EMPTY, years: [group] })]
        : [...new Set(group.contacts.map((contact) => contact.data.start.slice(0, 7)))].map((month) =>
            part(month, 'chronology', month, { ...EMPTY, years: [{ year: group.year, contacts: group.contacts.filter((contact) => contact.data.start.startsWith(month)) }] }),
          ),
    ),
  ];
}


/** A part's title: «Правовая база сотрудничества», a sector's heading, «Хронология контактов, 2024 г.» or «…, март 2025 г.». */
export const partTitle = (content: Pick<Content, 'sector'>, { kind, of }: Part): string => {
  if (kind === 'legal-base') return text.part.legalBase;
  if (kind === 'documents') return text.part.documents(of);
  if (kind === 'sector') return content.sector.get(of)!.data.heading;
  return of.length === 4 ? text.part.chronology(of) : text.part.chronologyMonth(formatMonth(of), of.slice(0, 4));
};

/** A year's or a month's part by its time alone, in a list under its section's heading: «2024», «март 2025». */
export const partWhen = ({ of }: Part): string => (of.length === 4 ? of : `${formatMonth(of)} ${of.slice(0, 4)}`);
