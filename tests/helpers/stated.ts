/**
 * Which structured values the source states: a region, a city's oblast, a venue, a kind of visit, a
 * signed document, a date. A value is stated when its words occur in the source statement it comes from
 * (the entry's own text); anything else must carry the editors' basis. Returns what is neither.
 */
import type { LoadResult } from '../../src/content/load';
import { formatDateRange } from '../../src/format/dates';
import { readSource, tokens } from './source';
import { sameWord } from '../../src/search/words';

type Content = LoadResult['content'];
type Ref = { id: string; basis?: string | undefined };

export interface Unmarked {
  file: string;
  field: string;
  value: string;
}

const normal = (text: string) => text.toLowerCase().replaceAll('ё', 'е');

/** How the source names a unit: «Могилевской области», «г. Могилеве», «Первомайским районом», «Беларусь». */
function namePattern(name: string, level: string): RegExp {
  const words = normal(name).split(/\s+/);
  if (level === 'республика') return /беларус|белорус/;
  if (level === 'область') return new RegExp(`${words[0]!.replace(/ая$/, '')}\\S*\\s+област`);
  if (level === 'район') return new RegExp(`${words[0]!.replace(/ий$/, '')}\\S*\\s+район`);
  // A city: its name without a final vowel or soft sign (Гродно, Гомель), not as the oblast's adjective.
  return new RegExp(`(^|[^а-я])${words.at(-1)!.replace(/[аоыиья]$/, '')}(?!\\S*\\s+област)`);
}

export function unmarkedValues(content: Content, root?: string): Unmarked[] {
  const found: Unmarked[] = [];
  const regions = new Map(content.regions.map((entry) => [entry.id, entry]));
  const patternOf = (id: string) => namePattern(regions.get(id)!.data.name, regions.get(id)!.data.level);
  const names = (statement: string, id: string) => patternOf(id).test(normal(statement));
  const check = (file: string, field: string, refs: readonly Ref[] | Ref, statement: string) =>
    [refs].flat().forEach((ref, index) => {
      if (ref.basis === undefined && !names(statement, ref.id))
        found.push({ file, field: Array.isArray(refs) ? `${field}[${index}]` : field, value: regions.get(ref.id)!.data.name });
    });

  // Regions of documents, contacts and sector items: named in the entry's own text (a sub-item's with its item's).
  for (const doc of content.agreements) check(doc.filePath, 'regions', doc.data.regions, doc.body);
  for (const contact of content.contacts) check(contact.filePath, 'regions', contact.data.regions, contact.body);
  for (const sector of content.sectors)
    sector.data.items.forEach((fact, index) => {
      // An item with sub-items is the whole bullet: its line and its sub-lines.
      check(sector.filePath, `items[${index}].regions`, fact.regions, [fact.text, ...fact.subitems.map((item) => item.text)].join(' '));
      fact.subitems.forEach((item, sub) => check(sector.filePath, `items[${index}].subitems[${sub}].regions`, item.regions, `${fact.text} ${item.text}`));
    });

  // A person's region: named in the positions the source gives the person.
  const roles = new Map<string, string[]>();
  const addRoles = (people: readonly { person: { id: string }; role: string }[]) => {
    for (const { person, role } of people) roles.set(person.id, [...(roles.get(person.id) ?? []), role]);
  };
  for (const contact of content.contacts) addRoles(contact.data.people);
  for (const sector of content.sectors) for (const fact of sector.data.items) for (const item of [fact, ...fact.subitems]) addRoles(item.people);
  for (const person of content.people) if (person.data.region) check(person.filePath, 'region', person.data.region, (roles.get(person.id) ?? []).join(' '));

  // A unit's parent: the unit's own name holds it («Первомайский район г. Минска»), or a bullet of the
  // source names both close together («в Могилевской области (г. Бобруйск и г. Могилев)»).
  const bullets = readSource(root).items.map((item) => normal(item.text));
  const together = (a: RegExp, b: RegExp) =>
    bullets.some((bullet) => [...bullet.matchAll(new RegExp(a, 'g'))].some((match) => b.test(bullet.slice(Math.max(0, match.index - 100), match.index + 100))));
  for (const region of content.regions) {
    const parent = region.data.parent;
    if (!parent || parent.basis !== undefined) continue;
    const stated = patternOf(parent.id).test(normal(region.data.name)) || together(patternOf(parent.id), patternOf(region.id));
    if (!stated) found.push({ file: region.filePath, field: 'parent', value: regions.get(parent.id)!.data.name });
  }

  for (const contact of content.contacts) {
    const { data, body, filePath } = contact;
    const text = normal(body);
    // Where it took place: said outright, or as a Belarusian place of the contact's own named regions.
    const inBelarus = /в республику беларусь|в беларус/.test(text) || data.regions.some((ref) => ref.basis === undefined && ref.id !== 'belarus' && new RegExp(`в\\s+(г\\.\\s*)?${patternOf(ref.id).source.replace('(^|[^а-я])', '')}`).test(text));
    const venueStated: Record<string, boolean> = {
      'Астраханская область': /в астраханскую область|в г\. астрахани|\(г\. астрахань\)/.test(text),
      'Республика Беларусь': inBelarus,
      видеоконференция: /видеоконференци/.test(text),
      'другое место': data.place !== undefined && text.includes(normal(data.place)),
      'не указано': true,
    };
    if (data.venue.basis === undefined && !venueStated[data.venue.value]) found.push({ file: filePath, field: 'venue', value: data.venue.value });
    // A visit's direction is its venue.
    const direction: Record<string, string> = { 'визит в Астраханскую область': 'Астраханская область', 'визит в Беларусь': 'Республика Беларусь' };
    data.kinds.forEach((kind, index) => {
      const venue = direction[kind.value];
      if (venue && kind.basis === undefined && !venueStated[venue]) found.push({ file: filePath, field: `kinds[${index}]`, value: kind.value });
    });
    // A signed document: the contact names it in the words of its title, in any of their forms (the
    // parties' countries aside).
    const words = tokens(body);
    data.signed.forEach((ref, index) => {
      const title = content.agreements.find((doc) => doc.id === ref.id)!.data.title.replace(/\((Российская Федерация|Республика Беларусь)\)/g, '');
      const missing = tokens(title).filter((word) => word.length > 3 && !words.some((other) => sameWord(word, other)));
      if (ref.basis === undefined && missing.length > 0) found.push({ file: filePath, field: `signed[${index}]`, value: `${ref.id} (нет слов: ${missing.join(', ')})` });
    });
    // Its dates: the days, months and years the text gives.
    const dateWords = tokens(formatDateRange(data.start, data.end));
    if (!dateWords.every((word) => tokens(body).includes(word))) found.push({ file: filePath, field: 'start', value: formatDateRange(data.start, data.end) });
  }

  // Years of documents and sector items: in their text, or for a document the year of the contact the
  // source says it was signed at.
  const signedIn = new Map(content.contacts.flatMap((contact) => contact.data.signed.filter((ref) => ref.basis === undefined).map((ref) => [ref.id, contact.data.start.slice(0, 4)])));
  for (const doc of content.agreements)
    if (!tokens(doc.body).includes(String(doc.data.year)) && signedIn.get(doc.id) !== String(doc.data.year)) found.push({ file: doc.filePath, field: 'year', value: String(doc.data.year) });
  for (const sector of content.sectors)
    sector.data.items.forEach((fact, index) =>
      [fact, ...fact.subitems].forEach((item, sub) => {
        const field = sub === 0 ? `items[${index}]` : `items[${index}].subitems[${sub - 1}]`;
        const statement = tokens(sub === 0 ? item.text : `${fact.text} ${item.text}`);
        for (const year of [...item.years, ...(item.since ? [item.since] : [])])
          if (!statement.includes(String(year))) found.push({ file: sector.filePath, field: `${field}.years`, value: String(year) });
      }),
    );
  return found;
}
