/**
 * A realistic next edition of the briefing, made from the current one as its authors would: a contact
 * added in 2025 and one in a new year, 2026 (the chronology's heading now runs to 2026), a document
 * added to the legal base, a figure updated, a contact's wording corrected, a sentence dropped and one
 * moved to another section —
 * as text in the layout of the kept editions, and as a Word file written with the `docx` package.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { readStatements } from '../../src/editions/statements';

/** Replaces the one line that holds `find` (which must be there once), or removes it when `by` is undefined. */
function edit(lines: string[], find: string, by?: (line: string) => string[]): string[] {
  const found = lines.filter((line) => line.includes(find));
  if (found.length !== 1) throw new Error(`в редакции ${found.length} строк с «${find}»`);
  return lines.flatMap((line) => (line.includes(find) ? (by?.(line) ?? []) : [line]));
}

/** The next edition made from the current edition's text: its text, its date, and what it changes, in its words. */
export function nextEdition(current: string) {
  const { statements } = readStatements(current);
  const stated = (start: string) => statements.find((statement) => statement.text.startsWith(start))!;
  const figure = stated('Зарегистрировано 6 компаний').text;
  const corrected = stated('2 апреля 2025 г.').text;
  const moved = stated('Осуществляются закупки лифтов');
  const changes = {
    contact2025: '14–16 октября 2025 г., визит делегации Витебского областного исполнительного комитета в Астраханскую область. Встреча с Губернатором Астраханской области Бабушкиным И.Ю. (г. Астрахань).',
    contact2026: '3 февраля 2026 г., заседание Рабочей группы по сотрудничеству Астраханской области и Республики Беларусь (в режиме видеоконференции).',
    document: 'Действует Соглашение о сотрудничестве между министерством образования и науки Астраханской области (Российская Федерация) и главным управлением по образованию Витебского областного исполнительного комитета (Республика Беларусь) (2026 г.).',
    figure: { before: figure, after: figure.replace('6 компаний', '8 компаний').replace('2025', '2026') },
    /** A contact's wording corrected: the place named more exactly. */
    contact: { before: corrected, after: corrected.replace('(г. Москва).', '(г. Москва, Посольство Республики Беларусь в Российской Федерации).') },
    dropped: stated('Команда MAZ-SPORTauto').text,
    moved: { text: moved.text, from: moved.section, to: stated('Проводятся реверсные бизнес-миссии').section },
    heading: { before: stated('15–17 июля 2019 г.').section, after: stated('15–17 июля 2019 г.').section.replace('2025', '2026') },
  };
  let lines = current.replace(/\r\n?/g, '\n').split('\n');
  // A dated title line, as the authors date an edition.
  lines = [...lines.slice(0, 3), 'по состоянию на 2 марта 2026 г.', ...lines.slice(3)];
  lines = edit(lines, 'Действует Рабочая группа по сотрудничеству', (line) => [`· ${changes.document}`, line]);
  lines = edit(lines, 'Зарегистрировано 6 компаний', () => [`· ${changes.figure.after}`]);
  lines = edit(lines, corrected, () => [`· ${changes.contact.after}`]);
  lines = edit(lines, 'Команда MAZ-SPORTauto');
  lines = edit(lines, 'Осуществляются закупки лифтов');
  lines = edit(lines, 'Проводятся реверсные бизнес-миссии', (line) => [line, `· ${changes.moved.text}`]);
  lines = edit(lines, changes.heading.before, () => [changes.heading.after]);
  const last = lines.findLastIndex((line) => line.startsWith('·'));
  lines = [...lines.slice(0, last + 1), `· ${changes.contact2025}`, `· ${changes.contact2026}`, ...lines.slice(last + 1)];
  return { text: lines.join('\n'), date: '2026-03-02', changes };
}

/**
 * An edition's text as a Word file: headings and title lines as paragraphs, bullets as items of a
 * bulleted list at level 0 and sub-items at level 1 — the way the authors' Word files are made.
 */
export async function nextEditionDocx(text: string): Promise<Buffer> {
  const { headings, statements } = readStatements(text);
  const paragraphs = headings.flatMap((heading) => [
    new Paragraph({ text: heading, ...(/^[А-ЯЁ\s–\d.]+$/.test(heading) && { heading: HeadingLevel.HEADING_1 }) }),
    ...statements
      .filter(({ section }) => section === heading)
      .map(({ marker, text: words }) => new Paragraph({ text: words, numbering: { reference: 'bullets', level: marker === '·' ? 0 : 1 } })),
  ]);
  const bullet = (level: number, symbol: string) => ({ level, format: LevelFormat.BULLET, text: symbol, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } } });
  const document = new Document({ numbering: { config: [{ reference: 'bullets', levels: [bullet(0, '·'), bullet(1, '-')] }] }, sections: [{ children: paragraphs }] });
  return Packer.toBuffer(document);
}
