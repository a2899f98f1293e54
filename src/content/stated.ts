/**
 * The rule of the editors' marks: a value the briefing does not state carries the editors' basis
 * (`{ value, basis }`), and a date or a year is never the editors' (it must be in the text). A value is
 * stated when its words occur in the source statement it comes from — the entry's own text, which
 * quotes the briefing — or, for the units of Belarus, where the briefing puts them. `npm run check` and
 * the build refuse every value that is neither, naming the file, the field and the text compared.
 */
import { formatDateRange, yearOf } from '../format/dates';
import { sameWord } from '../search/words';
import { tokens, type Statement } from '../editions/statements';
import type { Problem } from './problems';
import { groupBy, type Collections, type RegionEntry } from './relations';
import type { ContactKind } from './schemas/contact';

type Ref = { id: string; basis?: string | undefined };

const normal = (text: string) => text.toLowerCase().replaceAll('ё', 'е');
// A long text quoted by its beginning and its end: where a place or a date usually is.
const quote = (text: string) => `«${text.length > 200 ? `${text.slice(0, 120).trimEnd()} … ${text.slice(-70).trimStart()}` : text}»`;

/**
 * The beginning every form of a unit's name shares: «могилев» (г. Могилёв; a city's name without a final
 * vowel or soft sign: Гродно, Гомель, Барановичи), «могилевск» (Могилёвская область), «первомайск»
 * (Первомайский район), «беларус» and «белорус» (the republic).
 */
function stemsOf({ name, level }: { name: string; level: string }): string[] {
  const words = normal(name).split(/\s+/);
  if (level === 'республика') return ['беларус', 'белорус'];
  if (level === 'область') return [words[0]!.replace(/ая$/, '')];
  if (level === 'район') return [words[0]!.replace(/ий$/, '')];
  return [words.at(-1)!.replace(/[аоыиья]$/, '')];
}

/**
 * How the source names a unit, in any form and as an adjective too: «Могилевской области», «г. Могилеве»,
 * «могилевской торговой сети», «Первомайским районом», «Беларусь», «белорусских»; a city's name never as
 * its oblast's («Витебск» is not named by «Витебской области»).
 */
export function unitPattern(unit: { name: string; level: string }): string {
  const stems = stemsOf(unit);
  if (unit.level === 'республика') return `(?:${stems.join('|')})`;
  if (unit.level === 'область') return `${stems[0]}[а-я]*\\s+област`;
  if (unit.level === 'район') return `${stems[0]}[а-я]*\\s+район`;
  return `(?<![а-я])${stems[0]}(?![а-я]*\\s+област)`;
}

/**
 * The briefing's statements, normalised, with the statements each word is in: those that may name a
 * unit are found by the beginnings of its words, not by matching every statement (10,000 of them in the
 * benchmark, hundreds of units).
 */
function indexStatements(statements: readonly Statement[]) {
  const texts = statements.map(({ text }) => normal(text));
  const postings = new Map<string, number[]>();
  texts.forEach((text, index) => {
    for (const word of new Set(text.match(/[а-яa-z0-9]+/g) ?? [])) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  const vocabulary = [...postings.keys()].sort();
  /** The statements with a word that begins with one of `prefixes`. */
  const withPrefix = (prefixes: readonly string[]): string[] => {
    const found = new Set<number>();
    for (const prefix of prefixes) {
      let low = 0;
      for (let high = vocabulary.length; low < high; ) {
        const middle = (low + high) >>> 1;
        if (vocabulary[middle]! < prefix) low = middle + 1;
        else high = middle;
      }
      for (let at = low; at < vocabulary.length && vocabulary[at]!.startsWith(prefix); at++) for (const index of postings.get(vocabulary[at]!)!) found.add(index);
    }
    return [...found].sort((a, b) => a - b).map((index) => texts[index]!);
  };
  return { withPrefix };
}

/** The endings of a city's name as a noun (not as an adjective: «Барановичским» names the university, not the city). */
const NOUN_ENDING = /^(|а|у|о|е|и|ь|я|ю|ом|ем|ей|ам|ям|ами|ями|ах|ях)$/;

/** Whether a text names the unit itself: a city by its name as a noun, any other unit as `unitPattern` finds it. */
function namesUnitItself(text: string, region: RegionEntry): boolean {
  if (region.data.level !== 'город') return new RegExp(unitPattern(region.data)).test(text);
  const [stem] = stemsOf(region.data) as [string];
  return (text.match(/[а-я]+/g) ?? []).some((word) => word.startsWith(stem) && NOUN_ENDING.test(word.slice(stem.length)));
}

/** The words a contact's text uses for each kind («встреча» is stated by «Встреча с …», «встречи»). */
const KIND_WORDS: Record<ContactKind, RegExp> = {
  'визит в Астраханскую область': /визит/,
  'визит в Беларусь': /визит/,
  встреча: /встреч/,
  переговоры: /переговор/,
  'заседание рабочей группы': /заседани[а-я]* рабочей группы/,
  'форум регионов': /форум[а-я]* регионов/,
  форум: /форум/,
  'участие в мероприятиях': /участи|мероприяти/,
  'выставка, ярмарка': /выставк|ярмарк/,
  'подписание документов': /подписани/,
  видеоконференция: /видеоконференци/,
};

/** A visit's direction is where it took place. */
const DIRECTION: Partial<Record<ContactKind, string>> = { 'визит в Астраханскую область': 'Астраханская область', 'визит в Беларусь': 'Республика Беларусь' };

/** Words that say which side a party is on: its own name must hold one, or its side is the editors' reading. */
const SIDE = { russia: /астрахан|росси/, belarus: /беларус|белорус/ };

/** The form an editorial value takes in its file, for the message. */
const HOW = {
  reference: (id: string) => `{ value: ${id}, basis: "почему" }`,
  text: (value: string) => `{ value: "${value}", basis: "почему" }`,
};

/** Every value of the content that the briefing does not state and that has no basis, as problems. */
export function unstatedProblems(content: Collections, statements: readonly Statement[]): Problem[] {
  const problems: Problem[] = [];
  const regions = new Map(content.regions.map((entry) => [entry.id, entry]));
  const agreements = new Map(content.agreements.map((entry) => [entry.id, entry]));
  const patterns = new Map(content.regions.map((entry) => [entry.id, new RegExp(unitPattern(entry.data))]));
  const patternOf = (id: string) => patterns.get(id)!;
  const names = (text: string, id: string) => patternOf(id).test(normal(text));
  // Any unit but the republic, in one expression: a party's name that names one is on the Belarusian side.
  const anyUnit = new RegExp(content.regions.filter((entry) => entry.data.level !== 'республика').map((entry) => unitPattern(entry.data)).join('|') || '(?!)');
  const briefing = indexStatements(statements);
  const placedInBelarus = new Map<string, boolean>();
  /** The statements that may name a unit (a word begins as its name does). */
  const mentions = new Map<RegionEntry, string[]>();
  const mentioning = (region: RegionEntry) => {
    let found = mentions.get(region);
    if (!found) mentions.set(region, (found = briefing.withPrefix(stemsOf(region.data))));
    return found;
  };
  const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;
  const add = (file: string, field: string, expected: string) => problems.push({ file, field, expected });
  // The sectors whose items name each document.
  const sectorsNaming = new Map<string, string[]>();
  for (const sector of content.sectors)
    for (const doc of new Set(itemsOf(sector).flatMap((item) => item.documents.map(({ id }) => id)))) sectorsNaming.set(doc, [...(sectorsNaming.get(doc) ?? []), sector.id]);
  // The years of the contacts each document was signed at, by the source's words (the editors' identifications aside).
  const signedYears = groupBy(
    content.contacts.flatMap((contact) => contact.data.signed.filter((ref) => ref.basis === undefined).map((ref) => ({ id: ref.id, year: yearOf(contact.data.start) }))),
    ({ id }) => [id],
  );
  /** A value the text compared does not state: what to write instead. */
  const unstated = (value: string, compared: string, how: string) =>
    `«${value}» справка не называет — сравнивалось с ${compared}: ожидается значение, которое она называет, или основание редакции: ${how}`;
  const inText = (text: string) => `текстом записи ${quote(text)}`;

  /** Regions of an entry: each named in its text, or with its basis. */
  const checkRegions = (file: string, field: string, refs: readonly Ref[], text: string) =>
    refs.forEach((ref, index) => {
      if (ref.basis === undefined && !names(text, ref.id))
        add(file, `${field}[${index}]`, unstated(regions.get(ref.id)!.data.name, inText(text), HOW.reference(ref.id)));
    });

  for (const doc of content.agreements) {
    const file = fileOf(doc);
    const body = doc.body ?? '';
    const { parties, regions: refs, track } = doc.data;
    // Without parties the source names, a document's level and regions can only be the editors' reading.
    if (parties.russia.length + parties.belarus.length === 0) {
      refs.forEach((ref, index) => {
        if (ref.basis === undefined)
          add(file, `regions[${index}]`, `сторон документа справка не называет, поэтому и его регион «${regions.get(ref.id)!.data.name}» — прочтение редакции: ожидается ${HOW.reference(ref.id)}`);
      });
      if (track.basis === undefined)
        add(file, 'track', `сторон документа справка не называет, поэтому и его уровень «${track.value}» — прочтение редакции: ожидается ${HOW.text(track.value)}`);
    } else checkRegions(file, 'regions', refs, body);
    for (const side of ['russia', 'belarus'] as const)
      parties[side].forEach((party, index) => {
        const own = normal(party.value);
        const says = SIDE[side].test(own) || (side === 'belarus' && anyUnit.test(own));
        if (party.basis === undefined && !says)
          add(file, `parties.${side}[${index}]`, `сторону участника «${party.value}» его название не называет: ожидается основание редакции — ${HOW.text(party.value)}`);
      });
    if (!tokens(body).includes(String(doc.data.year)) && !signedYears.get(doc.id)?.some(({ year }) => year === doc.data.year))
      add(file, 'year', `ожидается год, который называет справка: ${doc.data.year} нет в тексте записи ${quote(body)} и документ не подписан на контакте того года`);
  }

  for (const contact of content.contacts) {
    const { data } = contact;
    const file = fileOf(contact);
    const body = contact.body ?? '';
    const text = normal(body);
    checkRegions(file, 'regions', data.regions, body);
    // Where it took place: said outright, or as a place of its own (stated) regions that the briefing puts in Belarus.
    const inBelarus =
      /(?<![а-я])в (?:республик[уе] беларусь|беларус)/.test(text) ||
      data.regions.some((ref) => ref.basis === undefined && regions.get(ref.id)!.data.level !== 'республика' && inBelarusBySource(ref.id) && new RegExp(`(?<![а-я])в\\s+(?:г\\.\\s*)?${unitPattern(regions.get(ref.id)!.data).replace('(?<![а-я])', '')}`).test(text));
    const venueStated: Record<string, boolean> = {
      'Астраханская область': /(?<![а-я])в (?:астраханскую область|г\. астрахани)|\(г\. астрахань\)/.test(text),
      'Республика Беларусь': inBelarus,
      видеоконференция: /видеоконференци/.test(text),
      'другое место': data.place !== undefined && text.includes(normal(data.place)),
      'не указано': true,
    };
    if (data.venue.basis === undefined && !venueStated[data.venue.value]) add(file, 'venue', unstated(data.venue.value, inText(body), HOW.text(data.venue.value)));
    data.kinds.forEach((kind, index) => {
      if (kind.basis !== undefined) return;
      const direction = DIRECTION[kind.value];
      if (!KIND_WORDS[kind.value].test(text) || (direction && !venueStated[direction])) add(file, `kinds[${index}]`, unstated(kind.value, inText(body), HOW.text(kind.value)));
    });
    // A signed document: the contact names it in the words of its title, in any of their forms (the parties' countries aside).
    const words = tokens(body);
    data.signed.forEach((ref, index) => {
      const title = agreements.get(ref.id)?.data.title.replace(/\((Российская Федерация|Республика Беларусь)\)/g, '') ?? '';
      const missing = tokens(title).filter((word) => word.length > 3 && !words.some((other) => sameWord(word, other)));
      if (ref.basis === undefined && missing.length > 0)
        add(file, `signed[${index}]`, unstated(ref.id, inText(body), HOW.reference(ref.id)) + ` (в тексте нет слов названия: ${missing.join(', ')})`);
    });
    // A sector: the source files no contact under a sector, except through a document signed there that a sector's item names.
    const signedSectors = new Set(data.signed.filter((ref) => ref.basis === undefined).flatMap((ref) => sectorsNaming.get(ref.id) ?? []));
    data.sectors.forEach((ref, index) => {
      if (ref.basis === undefined && !signedSectors.has(ref.id))
        add(file, `sectors[${index}]`, `хронология справки не относит контакты к направлениям, а документа направления «${ref.id}», подписанного на этом контакте, справка не называет: ожидается основание редакции — ${HOW.reference(ref.id)}`);
    });
    // Its dates: the days, months and years the text gives.
    const dates = formatDateRange(data.start, data.end);
    if (!tokens(dates).every((word) => words.includes(word))) add(file, 'start', `ожидаются даты, которые называет текст записи: «${dates}» в нём нет — ${quote(body)}`);
  }

  for (const sector of content.sectors)
    sector.data.items.forEach((item, index) => {
      const file = fileOf(sector);
      // An item with sub-items is the whole bullet: its line and its sub-lines; a sub-item is read with its item's line.
      checkRegions(file, `items[${index}].regions`, item.regions, [item.text, ...item.subitems.map((sub) => sub.text)].join(' '));
      [item, ...item.subitems].forEach((one, sub) => {
        const field = sub === 0 ? `items[${index}]` : `items[${index}].subitems[${sub - 1}]`;
        const statement = sub === 0 ? one.text : `${item.text} ${one.text}`;
        if (sub > 0) checkRegions(file, `${field}.regions`, one.regions, statement);
        for (const year of [...one.years, ...(one.since ? [one.since] : [])])
          if (!tokens(statement).includes(String(year))) add(file, `${field}.years`, `ожидается год, который называет справка: ${year} нет в тексте ${quote(statement)}`);
      });
    });

  // A person's region: named in the positions the source gives the person.
  const roles = new Map<string, string[]>();
  const addRoles = (people: readonly { person: { id: string }; role: string }[]) => {
    for (const { person, role } of people) roles.set(person.id, [...(roles.get(person.id) ?? []), role]);
  };
  for (const contact of content.contacts) addRoles(contact.data.people);
  for (const sector of content.sectors) for (const item of itemsOf(sector)) addRoles(item.people);
  for (const person of content.people) {
    const { region } = person.data;
    const positions = (roles.get(person.id) ?? []).join('; ');
    if (region && region.basis === undefined && !names(positions, region.id))
      add(fileOf(person), 'region', unstated(regions.get(region.id)!.data.name, `должностями персоны в справке ${quote(positions)}`, HOW.reference(region.id)));
  }

  // A unit's parent: the unit's own name holds it («Первомайский район г. Минска»), or a statement names
  // both close together («в Могилевской области (г. Бобруйск и г. Могилев)»). A unit the briefing never
  // names at all is kept only as reference geography, with its basis.
  const together = (parent: RegionEntry, unit: RegionEntry) => {
    const [a, b] = [new RegExp(patternOf(parent.id), 'g'), patternOf(unit.id)];
    return mentioning(unit).some((bullet) => [...bullet.matchAll(a)].some((match) => b.test(bullet.slice(Math.max(0, match.index - 100), match.index + 100))));
  };
  for (const region of content.regions) {
    const { parent, basis, name } = region.data;
    if (parent && parent.basis === undefined && !patternOf(parent.id).test(normal(name)) && !together(regions.get(parent.id)!, region))
      add(fileOf(region), 'parent', `что «${name}» входит в «${regions.get(parent.id)!.data.name}», справка не говорит — сравнивалось со всеми её утверждениями: ожидается основание редакции — ${HOW.reference(parent.id)}`);
    if (basis === undefined && !mentioning(region).some((bullet) => namesUnitItself(bullet, region)))
      add(fileOf(region), 'basis', `«${name}» справка не называет (сравнивалось со всеми её утверждениями): единица приводится справочно — ожидается basis: "почему"`);
  }
  return problems;

  /** Whether the briefing puts a unit in Belarus: every link up to the republic is stated, or it names the unit with the country in brackets. */
  function inBelarusBySource(id: string): boolean {
    let known = placedInBelarus.get(id);
    if (known === undefined) placedInBelarus.set(id, (known = statesInBelarus(id)));
    return known;
  }
  function statesInBelarus(id: string): boolean {
    let chain = true;
    for (let unit = regions.get(id); unit?.data.parent; unit = regions.get(unit.data.parent.id)) if (unit.data.parent.basis !== undefined) chain = false;
    if (chain) return true;
    const unit = unitPattern(regions.get(id)!.data);
    const [named, within] = [new RegExp(`${unit}[а-я]*\\s*\\((?:республика )?беларусь\\)`), new RegExp(`беларус[а-я]*\\s*\\([^)]*${unit}`)];
    return mentioning(regions.get(id)!).some((bullet) => named.test(bullet) || within.test(bullet));
  }
}

/** A sector's items and sub-items, as the content gives them. */
const itemsOf = (sector: Collections['sectors'][number]) => sector.data.items.flatMap((item) => [item, ...item.subitems]);
