/**
 * The guard between the briefing and the content: every statement of the current edition is quoted by
 * a finished entry, and every quotation of an entry is in the current edition. Until an imported
 * edition is worked in — drafts finished, changed texts updated, removed ones dropped — `npm run check`
 * and the build fail here, naming each statement and the file to fix.
 */
import { join } from 'node:path';
import type { Problem } from '../content/problems';
import { keyOf, partOf, quotes, sectionName, type Statement } from './statements';
import { readEditions, type Edition } from './index';
import { draftsIn } from '../content/files';
import { unstatedProblems } from '../content/stated';
import { referencesHold } from '../content/rules';
import type { Collections } from '../content/relations';

/** A text an entry quotes from the briefing: a document's or a contact's text, a sector item's. */
export interface Quotation {
  file: string;
  field: string;
  text: string;
}

interface Entry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
}
interface AgreementLike extends Entry {
  data: { legalBase?: number | undefined };
}
interface SectorLike extends Entry {
  data: { heading: string; items: { text: string; subitems: { text: string }[] }[] };
}

/** The sector whose heading a section of the briefing is, if any. */
export const sectorOfSection = <S extends { data: { heading: string } }>(sectors: readonly S[], section: string): S | undefined =>
  sectors.find((sector) => keyOf(sector.data.heading) === keyOf(section));

/** Every quotation of the content. */
export function quotationsOf(content: { agreements: AgreementLike[]; contacts: Entry[]; sectors: SectorLike[] }): Quotation[] {
  const file = (entry: Entry) => entry.filePath ?? entry.id;
  return [
    ...[...content.agreements, ...content.contacts].map((entry) => ({ file: file(entry), field: 'текст', text: entry.body ?? '' })),
    ...content.sectors.flatMap((sector) =>
      sector.data.items.flatMap((item, index) => [
        { file: file(sector), field: `items.${index}.text`, text: item.text },
        ...item.subitems.map((sub, subIndex) => ({ file: file(sector), field: `items.${index}.subitems.${subIndex}.text`, text: sub.text })),
      ]),
    ),
  ];
}

/** A contact the import drafted: not published until the editor finishes it. */
export interface Draft {
  file: string;
  text: string;
}

const quote = (text: string) => `«${text.length > 120 ? `${text.slice(0, 117)}…` : text}»`;

/** What an editor does for a statement no entry quotes yet. */
function whatToDo(statement: Statement, edition: Edition, root: string, drafts: readonly Draft[], sectors: readonly SectorLike[], quotations: readonly Quotation[]): string {
  // An entry that quotes part of it quotes its earlier wording: the edition added words to it.
  const partial = quotations.filter(({ text }) => quotes(text, statement.text));
  if (partial.length > 0) return `его прежнюю формулировку цитирует ${partial.map(({ file, field }) => `${file} (${field})`).join(', ')}: перепишите текст по текущему выпуску`;
  const draft = drafts.find((candidate) => keyOf(candidate.text) === keyOf(statement.text));
  if (draft) return `заполните черновик ${draft.file} (вид контакта, место, регионы, участники…) и уберите из него draft: true`;
  switch (partOf(statement.section)) {
    case 'chronology':
      return `добавьте контакт в ${join(root, 'chronology')}/<год>/ (черновик пишет npm run import)`;
    case 'legal-base': {
      const position = edition.statements.filter((other) => partOf(other.section) === 'legal-base').indexOf(statement) + 1;
      return `добавьте документ в ${join(root, 'agreements')}/ с legalBase: ${position}`;
    }
    case 'sector': {
      const sector = sectorOfSection(sectors, statement.section);
      return sector ? `допишите пункт в ${sector.filePath ?? sector.id}` : `раздела «${statement.section}» нет среди направлений: добавьте направление`;
    }
  }
}

/**
 * What keeps the content from following `edition`: statements no finished entry quotes, and
 * quotations the edition does not hold (changed or removed since).
 */
export function coverageProblems(
  edition: Edition,
  content: { agreements: AgreementLike[]; contacts: Entry[]; sectors: SectorLike[] },
  drafts: readonly Draft[],
  root: string,
): Problem[] {
  const quotations = quotationsOf(content);
  const quoted = new Set(quotations.map(({ text }) => keyOf(text)));
  // The quotations' words, each between spaces, for statements an entry quotes within a longer text.
  const allQuoted = ` ${[...quoted].join(' | ')} `;
  const stated = new Set(edition.statements.map(({ text }) => keyOf(text)));
  const allStated = ` ${edition.statements.map(({ text }) => keyOf(text)).join(' ')} `;
  const problems: Problem[] = [];
  for (const statement of edition.statements) {
    const key = keyOf(statement.text);
    if (quoted.has(key) || allQuoted.includes(` ${key} `)) continue;
    problems.push({
      file: edition.file,
      expected: `утверждение ${quote(statement.text)} (раздел «${sectionName(statement.section)}») не процитировано ни одной записью: ${whatToDo(statement, edition, root, drafts, content.sectors, quotations)}`,
    });
  }
  for (const { file, field, text } of quotations) {
    const key = keyOf(text);
    if (stated.has(key) || allStated.includes(` ${key} `)) continue;
    problems.push({
      file,
      field,
      expected: `текст ${quote(text)} не найден в текущем выпуске справки (${edition.number}): его изменили или убрали — перепишите его по выпуску или уберите запись`,
    });
  }
  problems.push(...misplacedItems(edition, content.sectors));
  const legalBase = edition.statements.filter((statement) => partOf(statement.section) === 'legal-base');
  for (const { file, to } of legalBaseRenumbering(legalBase, content.agreements))
    problems.push({ file, field: 'legalBase', expected: `в текущем выпуске справки (${edition.number}) этот документ — ${to}-й пункт правовой базы: ожидается legalBase: ${to}` });
  return problems;
}

/** Documents of the legal base whose number is not their place in the edition's legal base, with the number they should have. */
export function legalBaseRenumbering(legalBase: readonly Statement[], agreements: readonly AgreementLike[]): { file: string; from: number; to: number }[] {
  return agreements.flatMap((entry) => {
    const from = entry.data.legalBase;
    const to = legalBase.findIndex((statement) => quotes(entry.body ?? '', statement.text)) + 1;
    return from === undefined || to === 0 || to === from ? [] : [{ file: entry.filePath ?? entry.id, from, to }];
  });
}

/** Sector items whose statement the edition has under another sector's heading: moved there since. */
function misplacedItems(edition: Edition, sectors: readonly SectorLike[]): Problem[] {
  const sectionsOf = new Map<string, string[]>();
  for (const { text, section } of edition.statements) sectionsOf.set(keyOf(text), [...(sectionsOf.get(keyOf(text)) ?? []), section]);
  return sectors.flatMap((sector) =>
    quotationsOf({ agreements: [], contacts: [], sectors: [sector] }).flatMap(({ file, field, text }) => {
      const sections = sectionsOf.get(keyOf(text)) ?? [];
      if (sections.length === 0 || sections.some((section) => keyOf(section) === keyOf(sector.data.heading))) return [];
      const target = sectorOfSection(sectors, sections[0]!);
      return [{ file, field, expected: `в текущем выпуске справки (${edition.number}) этот пункт стоит в разделе «${sectionName(sections[0]!)}»: перенесите его в ${target ? (target.filePath ?? target.id) : 'соответствующую запись'}` }];
    }),
  );
}

/**
 * Everything that keeps the content under `root` from following its current edition: the editions'
 * own problems, each pending draft, the coverage rules above, and every value the edition does not
 * state that has no basis (src/content/stated.ts).
 */
export function editionProblems(
  root: string,
  content: Collections,
  { editions, problems }: ReturnType<typeof readEditions> = readEditions(root),
): Problem[] {
  const current = editions.at(-1);
  const drafts = draftsIn(root);
  return [
    ...problems,
    ...drafts.map(({ file }) => ({ file, expected: `черновик контакта ждёт редактора (всего черновиков: ${drafts.length}): он не публикуется, пока в нём draft: true` })),
    ...(current ? coverageProblems(current, content, drafts, root) : []),
    // Read across entries: only once every reference resolves (the rules report those that do not).
    ...(current && referencesHold(content) ? unstatedProblems(content, current.statements) : []),
  ];
}
