/**
 * Rules that span entries or collections, which a per-entry zod schema cannot state.
 * Pure: the site runs it on Astro's collections, the tests on files read from disk.
 */
import { yearOf, yearsOf } from '../format/dates';
import type { Agreement } from './schemas/agreement';
import type { Collections, Entry } from './relations';
import { COLLECTIONS } from './files';

/** The folder a collection's files are in, as editors know it. */
const folderOf = (collection: string) => (COLLECTIONS as Record<string, { folder: string }>)[collection]?.folder ?? collection;
import type { Region } from './schemas/region';
import { formatProblem, type Problem } from './problems';

/** What is wrong, where: the file, the field and what was expected. */

type Named = keyof Collections;

const fileOf = (entry: Entry<unknown>, collection: Named) => entry.filePath ?? `${collection}/${entry.id}`;

/** Every `{ id, collection }` reference inside a value, with its field path. */
function* referencesIn(value: unknown, path: string): Generator<{ path: string; collection: string; id: string }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* referencesIn(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['collection'] === 'string' && typeof record['id'] === 'string') {
      yield { path, collection: record['collection'], id: record['id'] };
      return;
    }
    for (const [key, item] of Object.entries(record)) yield* referencesIn(item, path ? `${path}.${key}` : key);
  }
}

function checkReferences(content: Collections, problems: Problem[]) {
  const ids = Object.fromEntries(
    Object.entries(content).map(([name, entries]) => [name, new Set(entries.map((entry: Entry<unknown>) => entry.id))]),
  );
  for (const [collection, entries] of Object.entries(content) as [Named, Entry<unknown>[]][]) {
    for (const entry of entries) {
      for (const ref of referencesIn(entry.data, '')) {
        if (!ids[ref.collection]?.has(ref.id))
          problems.push({
            file: fileOf(entry, collection),
            field: ref.path,
            expected: `ожидается id существующей записи из папки ${folderOf(ref.collection)}/, а «${ref.id}» не найден`,
          });
      }
    }
  }
}

function checkUnique<T>(collection: Named, entries: Entry<T>[], field: string, key: (data: T) => string | number, problems: Problem[]) {
  const seen = new Map<string | number, Entry<T>>();
  for (const entry of entries) {
    const value = key(entry.data);
    const first = seen.get(value);
    if (first)
      problems.push({
        file: fileOf(entry, collection),
        field,
        expected: `ожидается уникальное значение, а «${value}» уже есть в ${fileOf(first, collection)}`,
      });
    else seen.set(value, entry);
  }
}

function checkReplacements(agreements: Entry<Agreement>[], problems: Problem[]) {
  const byId = new Map(agreements.map((entry) => [entry.id, entry]));
  const mirror = { replaces: 'replacedBy', replacedBy: 'replaces' } as const;
  for (const entry of agreements) {
    for (const field of ['replaces', 'replacedBy'] as const) {
      const target = entry.data[field]?.id;
      if (!target) continue;
      if (target === entry.id) {
        problems.push({ file: fileOf(entry, 'agreements'), field, expected: 'ожидается другой документ, а не этот же' });
        continue;
      }
      const other = byId.get(target);
      if (other && other.data[mirror[field]]?.id !== entry.id)
        problems.push({
          file: fileOf(other, 'agreements'),
          field: mirror[field],
          expected: `ожидается «${entry.id}», потому что ${fileOf(entry, 'agreements')} указывает ${field}: ${target}`,
        });
    }
  }
}

function checkRegionTree(regions: Entry<Region>[], problems: Problem[]) {
  const byId = new Map(regions.map((entry) => [entry.id, entry]));
  for (const entry of regions) {
    const seen = new Set([entry.id]);
    for (let parent = entry.data.parent?.id; parent; parent = byId.get(parent)?.data.parent?.id) {
      if (seen.has(parent)) {
        problems.push({ file: fileOf(entry, 'regions'), field: 'parent', expected: 'ожидается цепочка родителей без циклов' });
        break;
      }
      seen.add(parent);
    }
  }
}

function checkContacts(content: Collections, problems: Problem[]) {
  const agreements = new Map(content.agreements.map((entry) => [entry.id, entry]));
  for (const entry of content.contacts) {
    const year = String(yearOf(entry.data.start));
    const folder = entry.filePath?.split(/[\\/]/).at(-2);
    if (folder !== undefined && folder !== year)
      problems.push({
        file: fileOf(entry, 'contacts'),
        field: 'start',
        expected: `ожидается дата ${folder} года — файл лежит в папке ${folder}/ (или перенесите файл в папку ${year}/)`,
      });
    for (const [index, ref] of entry.data.signed.entries()) {
      const signed = agreements.get(ref.id);
      if (signed && String(signed.data.year) !== year)
        problems.push({
          file: fileOf(signed, 'agreements'),
          field: 'year',
          expected: `ожидается ${year}: документ подписан на контакте ${entry.id} (signed[${index}])`,
        });
    }
  }
}

/** A sector item is linked to a contact only as the same event: the contact falls in a year the item gives. */
function checkEventLinks(content: Collections, problems: Problem[]) {
  const contacts = new Map(content.contacts.map((entry) => [entry.id, entry]));
  for (const sector of content.sectors)
    sector.data.items.forEach((parent, index) => {
      for (const [path, item] of [[`items[${index}]`, parent] as const, ...parent.subitems.map((sub, subIndex) => [`items[${index}].subitems[${subIndex}]`, sub] as const)])
        item.contacts.forEach((link, linkIndex) => {
          const contact = contacts.get(link.contact.id);
          if (!contact) return;
          const years = new Set(yearsOf(contact.data.start, contact.data.end));
          if (!item.years.some((year) => years.has(year)))
            problems.push({
              file: fileOf(sector, 'sectors'),
              field: `${path}.contacts[${linkIndex}].contact`,
              expected: `ожидается контакт года, указанного в пункте (${item.years.join(', ') || 'годов нет'}), а ${contact.id} — ${[...years].join('–')} года`,
            });
        });
    });
}

/** Whether every reference resolves and the regions form a tree: what a rule reading across entries relies on. */
export function referencesHold(content: Collections): boolean {
  const problems: Problem[] = [];
  checkReferences(content, problems);
  checkRegionTree(content.regions, problems);
  return problems.length === 0;
}

/** All cross-entry problems of a content set; empty when the content is consistent. */
export function checkContent(content: Collections): Problem[] {
  const problems: Problem[] = [];
  checkReferences(content, problems);
  for (const [collection, entries] of Object.entries(content) as [Named, Entry<unknown>[]][])
    checkUnique(collection, entries.map((entry) => ({ ...entry, data: entry.id })), 'id (имя файла)', (id) => id, problems);
  checkUnique('regions', content.regions, 'name', (data) => data.name, problems);
  checkUnique('people', content.people, 'name', (data) => data.name, problems);
  checkUnique('agreements', content.agreements, 'title', (data) => data.title, problems);
  checkUnique('agreements', content.agreements.filter((entry) => entry.data.legalBase !== undefined), 'legalBase', (data) => data.legalBase!, problems);
  checkUnique('sectors', content.sectors, 'title', (data) => data.title, problems);
  checkUnique('sectors', content.sectors, 'order', (data) => data.order, problems);
  checkUnique('contacts', content.contacts, 'title', (data) => data.title, problems);
  checkReplacements(content.agreements, problems);
  checkRegionTree(content.regions, problems);
  checkContacts(content, problems);
  checkEventLinks(content, problems);
  return problems;
}

/** Throws one error listing every problem (and every `extra` one), so the build stops and names each file and field. */
export function assertContent(content: Collections, extra: readonly Problem[] = []): void {
  const problems = [...extra, ...checkContent(content)];
  if (problems.length > 0)
    throw new Error(`Ошибки в содержимом (${problems.length}):\n${problems.map(formatProblem).join('\n')}`);
}
