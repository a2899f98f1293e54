/**
 * The import's report for the editor, in Markdown: every statement a new edition adds, changes
 * (the old and the new wording, the changed words marked), removes or moves, the entries that quote
 * each changed, removed or moved one, what to do about each, and how many stayed as they were.
 */
import { formatDate } from '../format/dates';
import { runsOf, type Comparison } from './compare';
import { legalBaseRenumbering, sectorOfSection, type Quotation } from './coverage';
import { keyOf, partOf, quotes, sectionName, type Statement } from './statements';
import { draftOf, LEFT_FOR_EDITOR, type ContactDraft } from './drafts';
import type { Edition } from './index';

interface Sector {
  id: string;
  filePath?: string | undefined;
  data: { heading: string };
}

export interface ReportInput {
  edition: Pick<Edition, 'number' | 'date'>;
  previous: Pick<Edition, 'number' | 'statements'>;
  comparison: Comparison;
  quotations: readonly Quotation[];
  sectors: readonly Sector[];
  /** The drafts written for added chronology statements, by statement. */
  drafts: ReadonlyMap<Statement, ContactDraft>;
  /** The content folder, to name files in it. */
  root: string;
  /** The legal base's statements of the new edition, to number a new document. */
  legalBase: readonly Statement[];
  /** The contacts, so that a draft's title is not one of theirs. */
  contacts: readonly { id: string; filePath?: string | undefined; data: { title: string } }[];
  /** The documents, to renumber the legal base. */
  agreements: Parameters<typeof legalBaseRenumbering>[1];
}

const quote = (text: string) => `«${text}»`;
const code = (path: string) => `\`${path}\``;

/** The entries that quote a statement: each file with the field. */
function quotedBy(quotations: readonly Quotation[], statement: Statement): string[] {
  return quotations.filter(({ text }) => quotes(text, statement.text)).map(({ file, field }) => `${code(file)} (${field})`);
}

const sectorFile = (input: ReportInput, section: string) => {
  const sector = sectorOfSection(input.sectors, section);
  return sector ? code(sector.filePath ?? sector.id) : `новое направление «${section}»`;
};

/** What to do for an added statement. */
function forAdded(input: ReportInput, statement: Statement): string {
  const by = quotedBy(input.quotations, statement);
  if (by.length > 0) return `Уже цитирует: ${by.join(', ')}.`;
  const draft = input.drafts.get(statement);
  switch (partOf(statement.section)) {
    case 'chronology': {
      if (draft) {
        const same = input.contacts.find(({ data }) => keyOf(data.title) === keyOf(draft.title));
        const clash = same ? ` Название совпадает с названием ${code(same.filePath ?? same.id)}: уточните его.` : '';
        return `Черновик: ${code(`${input.root}/${draft.path}`)} — заполните ${LEFT_FOR_EDITOR.join(', ')} и уберите \`draft: true\`.${clash}`;
      }
      const path = draftOf(statement)?.path;
      return path
        ? `Черновик не записан: файл ${code(`${input.root}/${path}`)} уже есть. Проверьте, что контакт в нём цитирует это утверждение.`
        : `Черновик не составлен: в начале утверждения нет даты, которую можно прочитать. Добавьте контакт в ${code(`${input.root}/chronology/`)}.`;
    }
    case 'legal-base':
      return `Добавьте документ в ${code(`${input.root}/agreements/`)} с \`legalBase: ${input.legalBase.indexOf(statement) + 1}\`.`;
    case 'sector':
      return `Допишите пункт в ${sectorFile(input, statement.section)}.`;
  }
}

/** The changed words: removed ones struck through, added ones in bold, the rest as they are. */
const marked = (words: Comparison['changed'][number]['words']) =>
  runsOf(words).map(({ text, kind }) => (kind === 'removed' ? `~~${text}~~` : kind === 'added' ? `**${text}**` : text)).join(' ');

export function editionReport(input: ReportInput): string {
  const { comparison, edition, previous } = input;
  const dated = edition.date ? ` от ${formatDate(edition.date)}` : ' (дата не указана)';
  const lines = [
    `# Выпуск ${edition.number}${dated} по сравнению с выпуском ${previous.number}`,
    '',
    `Без изменений: ${comparison.unchanged}. Добавлено: ${comparison.added.length}. Изменено: ${comparison.changed.length}. ` +
      `Удалено: ${comparison.removed.length}. Перенесено: ${comparison.moved.length}.`,
  ];
  const list = (title: string, entries: string[][]) => {
    if (entries.length === 0) return;
    lines.push('', `## ${title}`, '');
    entries.forEach(([first, ...rest], index) => lines.push(`${index + 1}. ${first}`, ...rest.map((line) => `   ${line}`)));
  };
  list('Добавлено', comparison.added.map((statement) => [`${quote(statement.text)} — раздел «${sectionName(statement.section)}».`, forAdded(input, statement)]));
  list(
    'Изменено',
    comparison.changed.map((change) => {
      const by = quotedBy(input.quotations, change.old);
      return [
        `Раздел «${sectionName(change.new.section)}».`,
        `Было: ${quote(change.old.text)}`,
        `Стало: ${quote(change.new.text)}`,
        `Изменения: ${marked(change.words)}`,
        by.length ? `Цитируют: ${by.join(', ')} — перепишите текст по новому выпуску.` : 'Не цитирует ни одна запись.',
      ];
    }),
  );
  list(
    'Удалено',
    comparison.removed.map((statement) => {
      const by = quotedBy(input.quotations, statement);
      return [`${quote(statement.text)} — раздел «${sectionName(statement.section)}».`, by.length ? `Цитируют: ${by.join(', ')} — уберите запись или её текст.` : 'Не цитирует ни одна запись.'];
    }),
  );
  list(
    'Перенесено',
    comparison.moved.map(({ statement, from }) => {
      const by = quotedBy(input.quotations, statement);
      const target = partOf(statement.section) === 'sector' ? ` Перенесите пункт в ${sectorFile(input, statement.section)}.` : '';
      return [`${quote(statement.text)}: из раздела «${sectionName(from)}» в раздел «${sectionName(statement.section)}».`, `${by.length ? `Цитируют: ${by.join(', ')}.` : 'Не цитирует ни одна запись.'}${target}`];
    }),
  );
  list(
    'Номера в правовой базе',
    legalBaseRenumbering(input.legalBase, input.agreements).map(({ file, from, to }) => [`${code(file)}: \`legalBase: ${from}\` → \`legalBase: ${to}\`.`]),
  );
  list('Заголовки разделов', comparison.renamed.map(({ from, to }) => [`«${from}» → «${to}».`]));
  return `${lines.join('\n')}\n`;
}
