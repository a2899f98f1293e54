// Synthetic content for the benchmark: the real content/ grown to a given number of entries, in the
// proportions a decade of growth would bring (documents and contacts most, people and regions less,
// the eight sectors fixed), deterministic for a seed, valid by the schemas and the cross-entry rules.
// Its text is windows of the real briefing's words around generated names, so that the search index
// grows as with real text: common words everywhere, new names with every entry.
// Usage: npx tsx bench/generate.ts <folder> [--size 10000] [--seed 1]
import { cpSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { isHeading } from '../src/editions/statements.ts';

const REAL = fileURLToPath(new URL('../content/', import.meta.url));

/** Shares of the total for the collections that grow; contacts take the rest, sectors stay eight. */
export const SHARES = { regions: 0.04, people: 0.12, agreements: 0.34 };

/** Belarus has 118 districts; the rest of the synthetic regions are towns in them. */
const DISTRICTS = 118;
const LAST_YEAR = 2025;
const FIRST_YEAR = 1992;

/** Entries of each collection. */
export interface Counts {
  regions: number;
  people: number;
  agreements: number;
  sectors: number;
  contacts: number;
}

/** A value as the content gives it: plain, or the editors' reading with its basis. */
type Editorial<T> = T | { value: T; basis: string };

// The fields of the content that the generator reads or writes; the rest is copied as it is.
interface RegionData {
  name: string;
  level: string;
  parent?: Editorial<string> | null;
  [field: string]: unknown;
}
interface PersonData {
  name: string;
  country: string;
  [field: string]: unknown;
}
interface AgreementData {
  title: string;
  kind: string;
  year: number;
  status: string;
  period?: { from: number; to: number };
  implements?: string;
  replaces?: string;
  replacedBy?: string;
  [field: string]: unknown;
}
interface SectorData {
  heading: string;
  items: unknown[];
  [field: string]: unknown;
}
interface Participant {
  person: string;
  role: string;
}
/** A sector's item, or a sub-item of one. */
interface SectorItem {
  text: string;
  years: number[];
  regions: Editorial<string>[];
  date?: string;
  documents?: string[];
  people?: Participant[];
  figures?: { value: number; label: string; asOf: string }[];
  subitems?: SectorItem[];
}

interface Region {
  id: string;
  data: RegionData;
}
interface Person {
  id: string;
  data: PersonData;
  role: string;
}
interface Agreement {
  id: string;
  data: AgreementData;
  body: string;
  real?: true;
}

/** A list with at least one element. */
type NonEmpty<T> = readonly [T, ...T[]];

// mulberry32: a small seeded generator, so that a size and a seed always give the same content.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
const slug = (text: string): string =>
  [...text.toLowerCase()].map((char) => LATIN[char] ?? char).join('').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const pad = (value: number): string => String(value).padStart(2, '0');
const dayText = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)} г.`;
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// Strings quoted, as in the real content: unquoted, a date would be read as a YAML timestamp.
const yaml = (data: unknown): string => stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
const markdown = (data: unknown, body: string): string => `---\n${yaml(data)}---\n\n${body}\n`;

/** Entry counts for a total size: the real content's entries count towards it. */
export function plan(size: number, real: Counts): Counts {
  const regions = Math.max(real.regions, Math.round(size * SHARES.regions));
  const people = Math.max(real.people, Math.round(size * SHARES.people));
  const agreements = Math.max(real.agreements, Math.round(size * SHARES.agreements));
  const contacts = size - regions - people - agreements - real.sectors;
  if (contacts < real.contacts) throw new Error(`--size ${size}: меньше, чем нужно для реального содержимого и пропорций`);
  return { regions, people, agreements, sectors: real.sectors, contacts };
}

// The real content passed the project's schemas; its YAML is read as the fields above.
function readReal() {
  const files = (pattern: string): string[] => globSync(pattern, { cwd: REAL }).sort();
  const yamlFile = <T>(file: string): T => parse(readFileSync(join(REAL, file), 'utf8')) as T;
  const frontmatter = <T>(file: string): { data: T; body: string } => {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(join(REAL, file), 'utf8'));
    const [, data, body] = match ?? [];
    if (data === undefined || body === undefined) throw new Error(`${file}: нет заголовка YAML между строками ---`);
    return { data: parse(data) as T, body };
  };
  return {
    regions: files('regions/*.yaml').map((file): Region => ({ id: basename(file, '.yaml'), data: yamlFile<RegionData>(file) })),
    people: files('people/*.yaml').map((file) => ({ id: basename(file, '.yaml'), data: yamlFile<PersonData>(file) })),
    agreements: files('agreements/*.md').map((file) => ({ id: basename(file, '.md'), ...frontmatter<AgreementData>(file) })),
    sectors: files('sectors/*.md').map((file) => ({ id: basename(file, '.md'), file, ...frontmatter<SectorData>(file) })),
    contacts: files('chronology/*/*.md'),
    source: readFileSync(join(REAL, 'editions/1.txt'), 'utf8'),
  };
}

/** The first element of a list that cannot be empty here. */
function first<T>(list: readonly T[]): T {
  const [head] = list;
  if (head === undefined) throw new Error('пустой список');
  return head;
}

/**
 * Writes content of `size` entries into `root` (emptied first): a copy of the real content and
 * synthetic entries on top. Returns the number of entries of each collection.
 */
export function generateContent(root: string, { size = 10_000, seed = 1 }: { size?: number; seed?: number } = {}): Counts {
  const real = readReal();
  const counts = plan(size, {
    regions: real.regions.length,
    people: real.people.length,
    agreements: real.agreements.length,
    sectors: real.sectors.length,
    contacts: real.contacts.length,
  });
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new Error('выбор из пустого списка');
    return item;
  };
  const chance = (p: number): boolean => next() < p;
  const between = (from: number, to: number): number => from + Math.floor(next() * (to - from + 1));
  const some = <T>(list: readonly T[], from: number, to: number): T[] => {
    const chosen = new Set<T>();
    for (let n = between(from, to); chosen.size < Math.min(n, list.length); ) chosen.add(pick(list));
    return [...chosen];
  };
  /** Recent years more often than old ones, as the real content has them. */
  const recentYear = (from = FIRST_YEAR): number => from + Math.floor((LAST_YEAR - from + 1) * Math.sqrt(next()));
  // Days up to the 25th, so that a contact of up to three more days stays in its month.
  const dayIn = (year: number): string => `${year}-${pad(between(1, 12))}-${pad(between(1, 25))}`;

  // The briefing's words, to cut windows of real Russian text from.
  const words = real.source.replace(/\[bookmark: _GoBack\]/g, '').split(/\s+/).filter((word) => /[а-яё]/i.test(word));
  const phrase = (from: number, to: number): string => {
    const length = between(from, to);
    const start = between(0, words.length - length);
    return words.slice(start, start + length).join(' ').replace(/[.;:,–-]+$/, '');
  };
  const sentence = (from = 10, to = 30): string => `${capital(phrase(from, to))}.`;

  // Names: syllables into surnames and place names, each used once.
  const SYLLABLES = ['бар', 'вол', 'гор', 'дуб', 'жар', 'зор', 'кал', 'лес', 'мир', 'нов', 'ост', 'пол', 'рад', 'сел', 'тар', 'ус', 'хол', 'чер', 'шум', 'яр', 'бел', 'вит', 'гал', 'кос', 'лип', 'мор', 'пет', 'ром', 'сок', 'тур', 'ком', 'вер', 'лаз', 'мал', 'сав'];
  const VOWELS = ['а', 'о', 'е', 'и', ''];
  const used = new Set<string>();
  const uniqueName = (make: () => string): string => {
    for (;;) {
      const name = make();
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const stem = (): string => capital(Array.from({ length: between(2, 3) }, () => pick(SYLLABLES) + pick(VOWELS)).join('').replace(/[аоеи]$/, ''));
  const INITIALS = 'АБВГДЕИКЛМНОПРСТЮЯ';

  // Regions: the real ones, then districts under the oblasts and towns under the districts.
  const regions: Region[] = real.regions.map(({ id, data }) => ({ id, data }));
  const oblasts = regions.filter(({ data }) => data.level === 'область');
  const districts: Region[] = [];
  for (let i = regions.length; i < counts.regions; i++) {
    const district = districts.length < Math.min(DISTRICTS, Math.ceil((counts.regions - real.regions.length) * 0.3));
    const name = uniqueName(() => (district ? `${stem()}ский район` : `г. ${stem()}`));
    const parent = district ? pick(oblasts) : districts.length > 0 ? pick(districts) : pick(oblasts);
    const entry: Region = { id: `${slug(name)}-${i}`, data: { name, level: district ? 'район' : 'город', parent: parent.id } };
    regions.push(entry);
    if (district) districts.push(entry);
  }
  const regionName = new Map(regions.map(({ id, data }) => [id, data.name]));
  // A real region's parent may be the editors' reading, written { value, basis }.
  const parentOf = ({ data }: Region): string | undefined => (typeof data.parent === 'object' ? data.parent?.value : data.parent);
  const regionById = (id: string): Region => {
    const region = regions.find((entry) => entry.id === id);
    if (!region) throw new Error(`нет региона ${id}`);
    return region;
  };
  const oblastName = (id: string): string => {
    let region = regionById(id);
    for (let parent = parentOf(region); region.data.level !== 'область' && parent && parent !== 'belarus'; parent = parentOf(region)) region = regionById(parent);
    return region.data.name;
  };
  const someRegions = (): string[] => some(regions, 1, 3).map(({ id }) => id);
  // How a text names a unit: by its name, and a synthetic unit the first time with the units above it, so
  // that the briefing states where it belongs as it does for real ones («в Могилевской области (г. Бобруйск
  // и г. Могилев)»): «г. Зорпол (Галский район, Брестская область)».
  const described = new Set(real.regions.map(({ id }) => id));
  const placeOf = (id: string): string => {
    const region = regionById(id);
    if (described.has(id)) return region.data.name;
    described.add(id);
    const above: string[] = [];
    for (let parent = parentOf(region); parent && regionById(parent).data.level !== 'республика'; parent = parentOf(regionById(parent))) above.push(regionById(parent).data.name);
    return above.length ? `${region.data.name} (${above.join(', ')})` : region.data.name;
  };
  const places = (ids: readonly string[]): string => ids.map(placeOf).join('; ');
  // What the synthetic content gives that its text does not state: the editors' reading, with a basis.
  const SYNTHETIC = 'синтетическая запись бенчмарка';
  const marked = <T>(value: T): Editorial<T> => ({ value, basis: SYNTHETIC });

  // People: the real ones (the governor and the minister take part in many contacts), then new ones.
  const ROLES_RU = ['министр промышленности Астраханской области', 'министр образования и науки Астраханской области', 'министр культуры Астраханской области', 'министр сельского хозяйства Астраханской области', 'заместитель Губернатора Астраханской области', 'председатель Думы Астраханской области', 'ректор Астраханского государственного университета', 'глава муниципального образования'];
  const ROLES_BY = ['председатель облисполкома', 'заместитель председателя облисполкома', 'председатель райисполкома', 'генеральный директор ОАО', 'ректор университета', 'Чрезвычайный и Полномочный Посол Республики Беларусь', 'министр Республики Беларусь'];
  const people: Person[] = real.people.map(({ id, data }) => ({ id, data, role: data.country === 'Республика Беларусь' ? 'представитель Республики Беларусь' : 'представитель Астраханской области' }));
  const roleOf = new Map([
    ['babushkin', 'Губернатор Астраханской области'],
    ['golovkov', 'министр внешних связей Астраханской области'],
  ]);
  for (let i = people.length; i < counts.people; i++) {
    const surname = uniqueName(() => `${stem()}${pick(['ов', 'ев', 'ин', 'ский', 'енко', 'ович', 'ук', 'ич'])}`);
    const name = `${surname} ${pick([...INITIALS])}.${pick([...INITIALS])}.`;
    const belarus = chance(0.55);
    const region = belarus && chance(0.6) ? pick(regions).id : undefined;
    const role = belarus ? `${pick(ROLES_BY)}${region ? ` (${regionName.get(region)})` : ''}` : pick(ROLES_RU);
    people.push({ id: `${slug(surname)}-${i}`, data: { name, surname, country: belarus ? 'Республика Беларусь' : 'Российская Федерация', ...(region && { region }) }, role });
  }
  for (const person of people) {
    const role = roleOf.get(person.id);
    if (role !== undefined) person.role = role;
  }
  const personById = new Map(people.map((person) => [person.id, person]));
  const frequent = people.filter(({ id }) => roleOf.has(id));
  const participants = (): Participant[] => {
    const chosen = new Set(some(people, 1, 3));
    for (const person of frequent) if (chance(0.25)) chosen.add(person);
    return [...chosen].map((person) => ({ person: person.id, role: person.role }));
  };

  // Documents: kinds, tracks and statuses in about the real shares; plans implement agreements.
  const KINDS: NonEmpty<readonly [string, number]> = [['соглашение', 0.6], ['меморандум', 0.2], ['план мероприятий', 0.12], ['договор', 0.06], ['рабочая группа', 0.02]];
  const TRACKS: NonEmpty<readonly [string, number]> = [['организаций', 0.45], ['региональный', 0.2], ['муниципальный', 0.15], ['ведомственный', 0.15], ['парламентский', 0.05]];
  const weighted = <T>(table: NonEmpty<readonly [T, number]>): T => {
    let r = next();
    for (const [value, share] of table) if ((r -= share) < 0) return value;
    return table[0][0];
  };
  const ORG_RU = ['ФГБОУ ВО «Астраханский государственный университет»', 'ФГБОУ ВО «Астраханский государственный технический университет»', 'Правительство Астраханской области', 'Дума Астраханской области', 'АО «ОЭЗ «Лотос»', 'Астраханская торгово-промышленная палата', 'министерство культуры Астраханской области'];
  const titles = new Set(real.agreements.map(({ data }) => data.title));
  const agreements: Agreement[] = real.agreements.map(({ id, data, body }) => ({ id, data, body, real: true }));
  // Each synthetic unit is named by some document, so that the briefing names every unit it has.
  const unnamed = regions.slice(real.regions.length);
  for (let i = agreements.length; i < counts.agreements; i++) {
    const kind = weighted(KINDS);
    const year = recentYear();
    const region = unnamed.pop() ?? pick(regions);
    const russia = chance(0.5) ? `ООО «${stem()}» (Астраханская область)` : pick(ORG_RU);
    const belarus = chance(0.5) ? `ОАО «${stem()}» (${oblastName(region.id)})` : `${capital(pick(['учреждение образования', 'исполнительный комитет', 'открытое акционерное общество', 'государственное предприятие']))} «${stem()}» (Республика Беларусь)`;
    let title = `${capital(kind)} о сотрудничестве между ${russia} и ${belarus}`;
    while (titles.has(title)) title = `${title} в сфере ${phrase(1, 2)}`;
    titles.add(title);
    const data: AgreementData = {
      title,
      kind,
      track: weighted(TRACKS),
      // A party whose name does not say its side (АО «ОЭЗ «Лотос»), as in the real content, is marked.
      parties: { russia: [/астрахан|росси/i.test(russia) ? russia : marked(russia)], belarus: [belarus] },
      regions: [...new Set([region.id, ...(chance(0.2) ? [pick(regions).id] : [])])],
      year,
      status: kind === 'план мероприятий' ? 'реализуется' : pick(['действует', 'подписано', 'заключено']),
    };
    if (kind === 'план мероприятий') {
      const from = Math.min(year + between(0, 1), LAST_YEAR);
      data.period = { from, to: from + between(1, 3) };
      const implemented = agreements.filter((doc) => doc.data.kind === 'соглашение' && doc.data.year <= year);
      if (implemented.length > 0) data.implements = pick(implemented).id;
    }
    const id = `${slug(kind).split('-')[0]}-${slug(russia).slice(0, 20).replace(/-$/, '')}-${year}-${i}`;
    agreements.push({ id, data, body: `${capital(data.status)} ${title} (${year} г.): ${places(data['regions'] as string[])}. ${sentence()}` });
  }
  // A few synthetic documents replace an earlier one, which then has the status «заменено».
  const synthetic = agreements.filter((doc) => !doc.real && doc.data.kind !== 'план мероприятий');
  for (let n = Math.floor(synthetic.length * 0.03); n > 0; n--) {
    const [one, other] = [pick(synthetic), pick(synthetic)];
    // Earlier year first; of one year, in the order picked.
    const [older, newer] = other.data.year < one.data.year ? [other, one] : [one, other];
    if (older === newer || older.data.replacedBy || older.data.replaces || newer.data.replaces || newer.data.replacedBy) continue;
    Object.assign(older.data, { status: 'заменено', replacedBy: newer.id });
    newer.data.replaces = older.id;
  }

  // Contacts: one file each in the folder of its year; some sign documents of that year.
  // Each opening states its kind and its venue, as the briefing's bullets do.
  const CONTACT_KINDS: readonly (readonly [kind: string, venue: string, opening: string])[] = [
    ['визит в Астраханскую область', 'Астраханская область', 'Визит в Астраханскую область делегации во главе с'],
    ['визит в Беларусь', 'Республика Беларусь', 'Визит в Республику Беларусь делегации во главе с'],
    ['видеоконференция', 'видеоконференция', 'Видеоконференция с участием'],
    ['форум', 'не указано', 'Участие в форуме'],
    ['встреча', 'Астраханская область', 'Встреча в г. Астрахани с'],
    ['выставка, ярмарка', 'Республика Беларусь', 'Участие в выставке в Республике Беларусь'],
  ];
  const unsigned = new Map<number, Agreement[]>();
  for (const doc of agreements) if (!doc.real) unsigned.set(doc.data.year, [...(unsigned.get(doc.data.year) ?? []), doc]);
  const sectorIds = real.sectors.map(({ id }) => id);
  const contactTitles = new Set<string>();
  const contacts: { id: string; data: { title: string; start: string; [field: string]: unknown }; body: string }[] = [];
  for (let i = 0; i < counts.contacts - real.contacts.length; i++) {
    const year = recentYear(2005);
    const start = dayIn(year);
    const end = chance(0.3) ? `${year}-${start.slice(5, 8)}${pad(Number(start.slice(8)) + between(1, 3))}` : undefined;
    const [kind, venue, opening] = pick(CONTACT_KINDS);
    const people = participants();
    const lead = first(people);
    const leader = personById.get(lead.person);
    if (!leader) throw new Error(`нет участника ${lead.person}`);
    const place = chance(0.5) ? regionName.get(pick(regions).id) : undefined;
    let title = `${opening} ${lead.role} ${leader.data.name}${place ? `, ${place}` : ''}`;
    if (contactTitles.has(title)) title = `${title} (${dayText(start)})`;
    while (contactTitles.has(title)) title = `${title}, ${phrase(1, 2)}`;
    contactTitles.add(title);
    const candidates = unsigned.get(year) ?? [];
    const signing = chance(0.25) ? candidates.splice(0, between(1, 2)) : [];
    const data = {
      title,
      start,
      ...(end && { end }),
      kinds: signing.length > 0 ? [kind, 'подписание документов'] : [kind],
      venue,
      ...(place && { place }),
      regions: someRegions(),
      people,
      signed: signing.map(({ id }) => id),
      related: chance(0.05) ? [pick(agreements).id] : [],
      // The chronology files no contact under a sector: a sector is the editors' reading.
      sectors: chance(0.4) ? some(sectorIds, 1, 2).map(marked) : [],
    };
    const when = end ? `${dayText(start)} – ${dayText(end)}` : dayText(start);
    const signs = signing.length > 0 ? ` Подписание: ${signing.map((doc) => doc.data.title).join('; ')}.` : '';
    contacts.push({ id: `${start}-${slug(kind)}-${i}`, data, body: `${when}, ${title.charAt(0).toLowerCase()}${title.slice(1)}: ${places(data.regions)}.${signs} ${sentence()} ${sentence()}` });
  }

  // Sector items: the real ones, then new ones naming new documents, regions and people.
  const sectors = real.sectors.map(({ id, file, data, body }) => ({ id, file, data: { ...data, items: [...data.items] }, body }));
  const named = agreements.filter((doc) => !doc.real);
  const sectorItem = (): SectorItem => {
    const years = [...new Set([recentYear(2010), ...(chance(0.3) ? [recentYear(2010)] : [])])].sort();
    const ids = someRegions();
    const item: SectorItem = { text: `${sentence(12, 40)} ${places(ids)} (${years.join(', ')} г.).`, years, regions: ids };
    if (chance(0.1)) item.date = dayIn(first(years));
    if (chance(0.6) && named.length > 0) item.documents = some(named, 1, 3).map(({ id }) => id);
    if (chance(0.3)) item.people = some(people, 1, 2).map((person) => ({ person: person.id, role: person.role }));
    if (chance(0.1)) item.figures = [{ value: between(2, 500), label: phrase(2, 5), asOf: String(years.at(-1)) }];
    return item;
  };
  for (let n = Math.round(size * 0.03); n > 0; n--) {
    const item = sectorItem();
    if (chance(0.2)) item.subitems = Array.from({ length: between(1, 3) }, sectorItem);
    pick(sectors).data.items.push(item);
  }

  // A person's region is stated by the positions the briefing gives them; one never named at a contact or in an item is the editors' reading.
  const appearing = new Set([
    ...contacts.flatMap(({ data }) => (data['people'] as Participant[]).map(({ person }) => person)),
    ...sectors.flatMap(({ data }) => (data.items as SectorItem[]).flatMap((item) => [item, ...(item.subitems ?? [])]).flatMap((item) => (item.people ?? []).map(({ person }) => person))),
  ]);
  for (const person of people.slice(real.people.length)) if (typeof person.data['region'] === 'string' && !appearing.has(person.id)) person.data['region'] = marked(person.data['region']);

  rmSync(root, { recursive: true, force: true });
  cpSync(REAL, root, { recursive: true });
  const write = (path: string, text: string): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const { id, data } of regions.slice(real.regions.length)) write(`regions/${id}.yaml`, yaml(data));
  for (const { id, data } of people.slice(real.people.length)) write(`people/${id}.yaml`, yaml(data));
  for (const { id, data, body } of agreements.slice(real.agreements.length)) write(`agreements/${id}.md`, markdown(data, body));
  for (const { id, data, body } of contacts) write(`chronology/${data.start.slice(0, 4)}/${id}.md`, markdown(data, body));
  for (const { file, data, body } of sectors) write(file, markdown(data, body.trim()));
  // The synthetic texts go into the briefing's edition as statements of their own, as an imported
  // edition would bring them: every statement is then quoted, and every quotation is in the edition —
  // a sector's items under its heading, the documents and contacts at the end.
  const itemLines = new Map(
    sectors.map(({ id, data }) => [
      data.heading.trim(),
      // The items after the real ones are the generator's own (SectorItem; the real ones stay as read).
      (data.items.slice(real.sectors.find((sector) => sector.id === id)!.data.items.length) as SectorItem[]).flatMap((item) => [
        `· ${item.text.trim()}`,
        ...(item.subitems ?? []).map((sub) => `- ${sub.text.trim()}`),
      ]),
    ]),
  );
  const lines: string[] = [];
  let section: string | undefined;
  for (const line of [...real.source.trimEnd().split('\n'), 'ХРОНОЛОГИЯ']) {
    if (isHeading(line.trim())) {
      lines.push(...(itemLines.get(section ?? '') ?? []));
      section = line.trim();
    }
    lines.push(line);
  }
  lines.pop();
  const bullets = [...agreements.slice(real.agreements.length).map(({ body }) => body), ...contacts.map(({ body }) => body)];
  write('editions/1.txt', `${[...lines, ...bullets.map((text) => `· ${text.trim()}`)].join('\n')}\n`);
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { size: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
  const [folder, ...rest] = positionals;
  if (folder === undefined || rest.length > 0) {
    console.error('usage: npx tsx bench/generate.ts <folder> [--size 10000] [--seed 1]');
    process.exit(2);
  }
  const counts = generateContent(folder, { size: Number(values.size), seed: Number(values.seed) });
  console.log(Object.entries(counts).map(([name, count]) => `${name}: ${count}`).join(', '));
}
