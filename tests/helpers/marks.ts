/**
 * The editors' marks as a reader meets them, checked in any output. The values are read from the
 * content files by this helper itself — every `{ value, basis }` the files hold, and what follows from
 * them (a document's level, a contact's sector through an item the editors link to it) — not asked of
 * the site's code, so that a value the code forgets is still expected. A row of an output (a list item,
 * a table row, an entry's page, a record of a data file) that shows one of its entry's values must show
 * its basis too; a row in a region's or a sector's list that is there only by the editors' reading
 * must show the basis of that.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { LoadResult } from '../../src/content/load';
import { classificationBasis } from '../../src/content/schemas/agreement';
import { formatDateRange } from '../../src/format/dates';
import { typeset } from '../../src/format/typography';

type Content = LoadResult['content'];
type Ref = { id: string; basis?: string | undefined };

/** An entry as outputs name it: «agreements/pravitelstva-2021», «items/kultura-3-1». */
export type EntryKey = string;

export interface MarkedValue {
  entry: EntryKey;
  /** Where the value is in the content, for the message. */
  field: string;
  /** How outputs show it: a name or title, and in the data files its id. */
  shown: string[];
  basis: string;
}

/** Text as compared: the site's typography, any space as one. */
export const words = (text: string): string => typeset(text).replace(/\s+/g, ' ').trim();

/** What the content's entries are, for the checks: their values, their quotations, their regions. */
export interface Marks {
  values: Map<EntryKey, MarkedValue[]>;
  /** The source's words an entry quotes (its title and text): a value's name inside them is not the value shown. */
  quotes: Map<EntryKey, string[]>;
  /** The regions an entry gives, to place it in a region's list. */
  regions: Map<EntryKey, Ref[]>;
  /** The basis of an entry concerning a unit, when only the editors' reading puts it there. */
  placedByEditors: (entry: EntryKey, unit: string) => string | undefined;
  /** Whether regions reach a unit (the unit or one under it; the republic only itself), and the basis when only by the editors' reading. */
  placement: (refs: readonly Ref[], unit: string) => { concerns: boolean; basis?: string | undefined };
  /** Each contact's sectors, with the editors' basis where only their reading puts it there. */
  contactSectors: Map<string, Map<string, string | undefined>>;
  /** The basis of a contact belonging to a sector, when only the editors' reading puts it there. */
  sectorByEditors: (entry: EntryKey, sector: string) => string | undefined;
}

export function marksOf(content: Content): Marks {
  const region = new Map(content.regions.map((entry) => [entry.id, entry]));
  const agreement = new Map(content.agreements.map((entry) => [entry.id, entry]));
  const contact = new Map(content.contacts.map((entry) => [entry.id, entry]));
  const sector = new Map(content.sectors.map((entry) => [entry.id, entry]));
  const label = (id: string) => `${formatDateRange(contact.get(id)!.data.start, contact.get(id)!.data.end)} — ${contact.get(id)!.data.title}`;
  const values = new Map<EntryKey, MarkedValue[]>();
  const quotes = new Map<EntryKey, string[]>();
  const regions = new Map<EntryKey, Ref[]>();
  const add = (entry: EntryKey, field: string, shown: string[], basis: string | undefined) => {
    if (basis !== undefined) values.set(entry, [...(values.get(entry) ?? []), { entry, field, shown, basis }]);
  };
  const refs = (entry: EntryKey, field: string, list: readonly Ref[], show: (id: string) => string) => list.forEach((ref, index) => add(entry, `${field}[${index}]`, [show(ref.id), ref.id], ref.basis));
  const regionName = (id: string) => region.get(id)!.data.name;

  for (const doc of content.agreements) {
    const key = `agreements/${doc.id}`;
    quotes.set(key, [doc.data.title, doc.body]);
    regions.set(key, doc.data.regions);
    refs(key, 'regions', doc.data.regions, regionName);
    for (const side of ['russia', 'belarus'] as const) doc.data.parties[side].forEach((party, index) => add(key, `parties.${side}[${index}]`, [party.value], party.basis));
    add(key, 'track', [doc.data.track.value], doc.data.track.basis ?? classificationBasis(doc.data.track.value));
  }
  // Sectors whose items name each document: a contact that signed one by the source's words belongs to them.
  const sectorsNaming = new Map<string, Set<string>>();
  const items: { key: EntryKey; sector: string; data: Content['sectors'][number]['data']['items'][number]['subitems'][number] }[] = [];
  for (const entry of content.sectors)
    entry.data.items.forEach((item, index) => {
      const anchor = `${entry.id}-${index + 1}`;
      items.push({ key: `items/${anchor}`, sector: entry.id, data: item });
      item.subitems.forEach((sub, subIndex) => items.push({ key: `items/${anchor}-${subIndex + 1}`, sector: entry.id, data: sub }));
      quotes.set(`items/${anchor}`, [item.text, ...item.subitems.map((sub) => sub.text)]);
      item.subitems.forEach((sub, subIndex) => quotes.set(`items/${anchor}-${subIndex + 1}`, [sub.text]));
    });
  for (const item of items) for (const doc of item.data.documents) sectorsNaming.set(doc.id, new Set([...(sectorsNaming.get(doc.id) ?? []), item.sector]));
  // A contact's sectors by the source: through a document signed there, by the source's words, that an item names.
  const statedSectors = new Map<string, Set<string>>();
  for (const entry of content.contacts) {
    const key = `contacts/${entry.id}`;
    const { data } = entry;
    quotes.set(key, [data.title, entry.body]);
    regions.set(key, data.regions);
    refs(key, 'regions', data.regions, regionName);
    data.kinds.forEach((kind, index) => add(key, `kinds[${index}]`, [kind.value], kind.basis));
    add(key, 'venue', [data.venue.value], data.venue.basis);
    refs(key, 'signed', data.signed, (id) => agreement.get(id)!.data.title);
    refs(key, 'sectors', data.sectors, (id) => sector.get(id)!.data.title);
    statedSectors.set(entry.id, new Set([...data.sectors.filter((ref) => ref.basis === undefined).map((ref) => ref.id), ...data.signed.filter((ref) => ref.basis === undefined).flatMap((ref) => [...(sectorsNaming.get(ref.id) ?? [])])]));
    for (const ref of data.signed) add(`agreements/${ref.id}`, 'signedAt', [label(entry.id), entry.id], ref.basis);
  }
  const sectorBases = new Map<string, string>();
  for (const item of items) {
    regions.set(item.key, item.data.regions);
    refs(item.key, 'regions', item.data.regions, regionName);
    // The contacts that are its event: the editors' links, and those where a document it names was signed.
    const links = [
      ...item.data.contacts.map((link) => ({ id: link.contact.id, basis: link.basis as string | undefined })),
      ...content.contacts.flatMap((entry) => entry.data.signed.filter((ref) => item.data.documents.some((doc) => doc.id === ref.id)).map((ref) => ({ id: entry.id, basis: ref.basis }))),
    ];
    for (const link of links) {
      add(item.key, 'contacts', [label(link.id), link.id], link.basis);
      add(`contacts/${link.id}`, 'items', [item.data.text], link.basis);
      const stated = statedSectors.get(link.id)!;
      if (link.basis === undefined) stated.add(item.sector);
      else if (!stated.has(item.sector)) sectorBases.set(`${link.id} ${item.sector}`, link.basis);
    }
  }
  for (const [key, basis] of sectorBases) {
    const [id, one] = key.split(' ') as [string, string];
    // A sector the contact gives itself, with its own basis, is marked with that one.
    const own = contact.get(id)!.data.sectors.some((ref) => ref.id === one);
    if (!own && !statedSectors.get(id)!.has(one)) add(`contacts/${id}`, 'sectors', [sector.get(one)!.data.title], basis);
  }
  for (const person of content.people) {
    const key = `people/${person.id}`;
    regions.set(key, person.data.region ? [person.data.region] : []);
    if (person.data.region) refs(key, 'region', [person.data.region], regionName);
  }
  for (const entry of content.regions) {
    const key = `regions/${entry.id}`;
    add(key, 'basis', [entry.data.name], entry.data.basis);
    if (entry.data.parent) refs(key, 'parent', [entry.data.parent], regionName);
  }

  /** The basis of the first link from a unit up to `above` that the source does not state; null if `above` is not above it. */
  const chain = (id: string, above: string): string | undefined | null => {
    let basis: string | undefined;
    for (let unit = region.get(id); unit; unit = unit.data.parent && region.get(unit.data.parent.id)) {
      if (unit.id === above) return basis;
      basis ??= unit.data.parent?.basis;
    }
    return null;
  };
  const placement = (refs: readonly Ref[], unit: string) => {
    const republic = !region.get(unit)!.data.parent;
    const reaching = refs.flatMap((ref) => {
      const link = republic ? (ref.id === unit ? undefined : null) : chain(ref.id, unit);
      return link === null ? [] : [ref.basis ?? link];
    });
    return { concerns: reaching.length > 0, basis: reaching.includes(undefined) ? undefined : reaching[0] };
  };
  const placedByEditors = (entry: EntryKey, unit: string) => placement(regions.get(entry) ?? [], unit).basis;
  const sectorByEditors = (entry: EntryKey, one: string) => values.get(entry)?.find((value) => value.field.startsWith('sectors') && value.shown[0] === sector.get(one)!.data.title)?.basis;
  const contactSectors = new Map(
    content.contacts.map((entry) => [
      entry.id,
      new Map([
        ...[...statedSectors.get(entry.id)!].map((one) => [one, undefined] as const),
        ...entry.data.sectors.filter((ref) => ref.basis !== undefined && !statedSectors.get(entry.id)!.has(ref.id)).map((ref) => [ref.id, ref.basis] as const),
        ...[...sectorBases].flatMap(([key, basis]) => {
          const [id, one] = key.split(' ') as [string, string];
          return id === entry.id && !statedSectors.get(id)!.has(one) && !entry.data.sectors.some((ref) => ref.id === one) ? [[one, basis] as const] : [];
        }),
      ]),
    ]),
  );
  return { values, quotes, regions, placedByEditors, placement, sectorByEditors, contactSectors };
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (node: Element, name: string) => node.attrs.find((one) => one.name === name)?.value;
const classes = (node: Element) => (attr(node, 'class') ?? '').split(/\s+/);

/** The text of a node, with or without the editors' marks in it. */
function textOf(node: Node, marks: boolean): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && (node.tagName === 'script' || node.tagName === 'style' || (!marks && classes(node).some((name) => name === 'editorial' || name === 'editorial-basis')))) return '';
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map((child) => textOf(child, marks)).join(isElement(node) && /^(p|li|tr|td|th|dd|dt|div|h\d|ul|ol|section)$/.test(node.tagName) ? ' ' : '');
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if (isElement(node) && node.tagName === 'template' && 'content' in node) yield* elements(node.content as Node);
}

/** A row of an output: the entry it shows, its text without marks, the notes of its marks, and what it is gathered under. */
export interface Row {
  /** The entry it shows; several where rows cannot tell them apart (two documents quoting one statement, in a Word file). */
  entry: EntryKey | EntryKey[];
  /** Where: the page and the row, for the message. */
  where: string;
  text: string;
  notes: string[];
  unit?: string | undefined;
  sector?: string | undefined;
}

/**
 * The rows of an HTML page (or of a Word file read as HTML): list items and table rows, each the row of
 * the entry its first link opens or of the item whose anchor it carries, and `main` as the row of the
 * page's own entry. `entryOf` names the entry of an address or an item's anchor.
 */
export function htmlRows(
  html: string,
  where: string,
  entryOf: (href: string) => EntryKey | undefined,
  page?: { entry?: EntryKey | undefined; unit?: string | undefined; sector?: string | undefined; byText?: (text: string) => EntryKey[] },
): Row[] {
  const document = parse(html);
  const rows: Row[] = [];
  const visit = (node: Node, context: { unit?: string | undefined; sector?: string | undefined }) => {
    if (!isElement(node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, context);
      return;
    }
    // Navigation names pages, it does not show entries: breadcrumbs, the register's views, pagination.
    if (node.tagName === 'nav') return;
    const inner = { unit: attr(node, 'data-unit') ?? context.unit, sector: attr(node, 'data-sector') ?? context.sector };
    const anchor = attr(node, 'data-anchor') ?? attr(node, 'id');
    let entry = anchor ? entryOf(`#${anchor}`) : undefined;
    if (!entry && (node.tagName === 'li' || node.tagName === 'tr')) {
      const link = [...elements(node)].find((one) => one.tagName === 'a' && attr(one, 'href'));
      entry = link && entryOf(attr(link, 'href')!);
    }
    if (!entry && node.tagName === 'main') entry = page?.entry;
    const found = entry ? [entry] : (page?.byText && (node.tagName === 'li' || node.tagName === 'tr') ? page.byText(words(textOf(node, false))) : []);
    if (found.length > 0) {
      // A mark's note, or a basis stated outright (the table of the editors' values on «О справочнике»).
      const notes = [...elements(node)].filter((one) => classes(one).some((name) => name === 'editorial-note' || name === 'editorial-basis')).map((one) => words(textOf(one, true)));
      rows.push({ entry: found, where: `${where}: ${words(textOf(node, false)).slice(0, 80)}`, text: words(textOf(node, false)), notes, ...inner });
    }
    for (const child of node.childNodes) visit(child, inner);
  };
  visit(document, { unit: page?.unit, sector: page?.sector });
  return rows;
}

/** Whether a text shows a name as a whole: not inside a longer word («г. Минск» is not shown by «г. Минска»). */
const showsPhrase = (text: string, phrase: string) => {
  const at = (from: number): boolean => {
    const index = text.indexOf(phrase, from);
    if (index < 0) return false;
    const before = text[index - 1] ?? ' ';
    const after = text[index + phrase.length] ?? ' ';
    return (/[^\p{L}\p{N}]/u.test(before) && /[^\p{L}\p{N}]/u.test(after)) || at(index + 1);
  };
  return phrase !== '' && at(0);
};

/** What a row shows of an entry without the mark it owes: each as «where: field value — expected basis». */
function missingIn(marks: Marks, row: Row, entry: EntryKey): string[] {
  const missing: string[] = [];
  // The entry's own quotations are the source's words: a name inside them is not a value shown.
  let text = ` ${row.text} `;
  for (const quote of marks.quotes.get(entry) ?? []) text = text.replaceAll(words(quote), ' ');
  const has = (basis: string) => row.notes.some((note) => note.includes(words(basis)));
  for (const value of marks.values.get(entry) ?? [])
    if (value.shown.some((shown) => showsPhrase(text, words(shown))) && !has(value.basis)) missing.push(`${row.where}: ${entry}: ${value.field} «${value.shown[0]}» — нет пометки «${value.basis}»`);
  const placed = row.unit && marks.placedByEditors(entry, row.unit);
  if (placed && !has(placed)) missing.push(`${row.where}: ${entry} в списке региона ${row.unit} — нет пометки «${placed}»`);
  const sector = row.sector && marks.sectorByEditors(entry, row.sector);
  if (sector && !has(sector)) missing.push(`${row.where}: ${entry} в списке направления ${row.sector} — нет пометки «${sector}»`);
  return missing;
}

/** What the rows show without the marks they owe; a row that may be one of several entries owes what one of them does. */
export function missingMarks(marks: Marks, rows: readonly Row[]): string[] {
  return rows.flatMap((row) => {
    const each = [row.entry].flat().map((entry) => missingIn(marks, row, entry));
    return each.some((missing) => missing.length === 0) ? [] : each[0]!;
  });
}
