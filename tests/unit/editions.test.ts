/**
 * The editions' parts, each on small texts: statements compared by their words (typography aside),
 * changes told from replacements, moves from removals and additions; the changed words; drafts read
 * from a statement's date; the lineage of a statement over several editions; a Word file read as the
 * editions' layout; the date an edition names itself by.
 */
import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { compareEditions, runsOf, wordDiff } from '../../src/editions/compare';
import { textOfDocx } from '../../src/editions/docx';
import { draftFile, draftOf } from '../../src/editions/drafts';
import { historyOf } from '../../src/editions/history';
import { dateInText } from '../../src/editions/import';
import { readStatements, type Statement } from '../../src/editions/statements';
import type { Edition } from '../../src/editions';

const TRADE = 'В торгово-экономической сфере';
const SPORT = 'В сфере физической культуры и спорта';
const CHRONOLOGY = 'ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.';
const at = (section: string, text: string): Statement => ({ section, marker: '·', text });

describe('compareEditions', () => {
  const before = [
    at(TRADE, 'Зарегистрировано 6 компаний с участием белорусского капитала (на 01.01.2025).'),
    at(TRADE, 'Проводятся регулярные ярмарки белорусских товаров.'),
    at(SPORT, 'Команда MAZ-SPORTauto ежегодно принимает участие в ралли.'),
    at(CHRONOLOGY, '2 апреля 2025 г., встреча с Послом Республики Беларусь (г. Москва).'),
  ];

  it('finds nothing changed when only the typography differs', () => {
    const retyped = before.map((statement) => ({ ...statement, text: statement.text.replace(/"/g, '«').replace(/ /g, '\u00a0').replace('-', '–') }));
    expect(compareEditions(before, retyped)).toMatchObject({ added: [], removed: [], changed: [], moved: [], unchanged: before.length });
  });

  it('tells a changed figure from an added statement, a moved one from a removed one', () => {
    const after = [
      at(TRADE, 'Зарегистрировано 8 компаний с участием белорусского капитала (на 01.01.2026).'),
      at(SPORT, 'Проводятся регулярные ярмарки белорусских товаров.'),
      at(CHRONOLOGY.replace('2025', '2026'), '2 апреля 2025 г., встреча с Послом Республики Беларусь (г. Москва).'),
      at(CHRONOLOGY.replace('2025', '2026'), '3 февраля 2026 г., заседание Рабочей группы (в режиме видеоконференции).'),
    ];
    const comparison = compareEditions(before, after);
    expect(comparison.changed.map(({ old, new: next }) => [old.text, next.text])).toEqual([[before[0]!.text, after[0]!.text]]);
    expect(comparison.moved).toEqual([{ statement: after[1], from: TRADE }]);
    expect(comparison.removed).toEqual([before[2]]);
    expect(comparison.added).toEqual([after[3]]);
    // The chronology's heading now runs to 2026: its statements stay where they were.
    expect(comparison.unchanged).toBe(1);
    expect(comparison.renamed).toEqual([{ from: CHRONOLOGY, to: CHRONOLOGY.replace('2025', '2026') }]);
  });

  it('counts a rewritten statement as removed and added, not changed', () => {
    const comparison = compareEditions([before[1]!], [at(TRADE, 'Открыт торговый дом белорусских производителей.')]);
    expect(comparison).toMatchObject({ changed: [], removed: [before[1]], added: [{ text: 'Открыт торговый дом белорусских производителей.' }] });
  });
});

describe('wordDiff', () => {
  it('marks the removed words before the added ones, and keeps the rest in order', () => {
    const words = wordDiff('Зарегистрировано 6 компаний (на 01.01.2025).', 'Зарегистрировано 8 компаний (на 01.01.2026).');
    expect(runsOf(words)).toEqual([
      { text: 'Зарегистрировано', kind: 'same' },
      { text: '6', kind: 'removed' },
      { text: '8', kind: 'added' },
      { text: 'компаний (на', kind: 'same' },
      { text: '01.01.2025).', kind: 'removed' },
      { text: '01.01.2026).', kind: 'added' },
    ]);
  });
});

describe('draftOf', () => {
  it('reads the days, the title and the place of a dated contact', () => {
    expect(draftOf(at(CHRONOLOGY, '15–17 июля 2019 г., встреча Губернатора с заместителем Министра (г. Астрахань).'))).toEqual({
      path: 'chronology/2019/2019-07-15-vstrecha-gubernatora-zamestitelem.md',
      start: '2019-07-15',
      end: '2019-07-17',
      title: 'Встреча Губернатора с заместителем Министра',
      place: 'г. Астрахань',
      text: '15–17 июля 2019 г., встреча Губернатора с заместителем Министра (г. Астрахань).',
    });
    expect(draftOf(at(CHRONOLOGY, '30 июня–1 июля 2022 г., участие в IX Форуме регионов Беларуси и России в г. Гродно.'))).toMatchObject({ start: '2022-06-30', end: '2022-07-01', title: 'Участие в IX Форуме регионов Беларуси и России в г. Гродно' });
    expect(draftOf(at(CHRONOLOGY, '3 февраля 2026 г., заседание Рабочей группы (в режиме видеоконференции).'))).toMatchObject({ start: '2026-02-03', place: 'в режиме видеоконференции' });
  });

  it('takes the first sentence as the title, and makes no draft of a statement without a day', () => {
    expect(draftOf(at(CHRONOLOGY, '2–3 декабря 2021 г., визит делегации в Республику Беларусь. Встреча с Президентом.'))?.title).toBe('Визит делегации в Республику Беларусь');
    expect(draftOf(at(CHRONOLOGY, 'В 2025 году прошли гастроли.'))).toBeUndefined();
  });

  it('writes a draft the loader holds back, naming what is left for the editor', () => {
    const file = draftFile(draftOf(at(CHRONOLOGY, '2 апреля 2025 г., встреча с Послом (г. Москва).'))!);
    expect(file).toMatch(/^---\ndraft: true\ntitle: "Встреча с Послом"\nstart: "2025-04-02"\nplace: "г. Москва"\n# Черновик импорта\. Заполните: kinds, venue, regions/);
    expect(file.trimEnd().endsWith('2 апреля 2025 г., встреча с Послом (г. Москва).')).toBe(true);
  });
});

describe('historyOf', () => {
  const edition = (number: number, statements: Statement[]): Edition => ({ number, date: number === 1 ? null : `2026-0${number}-01`, file: `${number}.txt`, text: '', headings: [], statements });
  it('follows each statement to the edition it first appeared in and the last that changed it', () => {
    const first = at(TRADE, 'Зарегистрировано 6 компаний с участием белорусского капитала.');
    const kept = at(TRADE, 'Проводятся регулярные ярмарки белорусских товаров.');
    const changed = at(TRADE, 'Зарегистрировано 8 компаний с участием белорусского капитала.');
    const added = at(CHRONOLOGY, '3 февраля 2026 г., заседание Рабочей группы.');
    const history = historyOf([edition(1, [first, kept]), edition(2, [changed, kept]), edition(3, [changed, kept, added])]);
    expect(history.transitions.map(({ edition: { number } }) => number)).toEqual([2, 3]);
    expect([...history.lineage.values()]).toEqual([{ first: 1, changed: 2 }, { first: 1, changed: null }, { first: 3, changed: null }]);
  });
});

describe('textOfDocx', () => {
  it('reads headings and paragraphs as lines, list items as bullets and nested items as sub-items', async () => {
    const bullet = (level: number) => ({ level, format: LevelFormat.BULLET, text: level === 0 ? '•' : '◦' });
    const document = new Document({
      numbering: { config: [{ reference: 'list', levels: [bullet(0), bullet(1)] }] },
      sections: [{ children: [
        new Paragraph({ text: SPORT }),
        new Paragraph({ text: 'Спортсмены Беларуси принимают участие: ', numbering: { reference: 'list', level: 0 } }),
        new Paragraph({ text: '«Кубок Содружества» по водному поло;', numbering: { reference: 'list', level: 1 } }),
        new Paragraph({ text: 'Состоялась ярмарка\u00a0в Могилёве.', numbering: { reference: 'list', level: 0 } }),
      ] }],
    });
    const { text, errors } = await textOfDocx(await Packer.toBuffer(document));
    expect(errors).toEqual([]);
    expect(text).toBe(`${SPORT}\n· Спортсмены Беларуси принимают участие:\n- «Кубок Содружества» по водному поло;\n· Состоялась ярмарка\u00a0в Могилёве.\n`);
    expect(readStatements(text).statements.map(({ marker }) => marker)).toEqual(['·', '-', '·']);
  });
});

describe('dateInText', () => {
  it('reads the day an edition names on its title lines, and nothing from its statements', () => {
    expect(dateInText('СПРАВОЧНАЯ ИНФОРМАЦИЯ\nпо состоянию на 2 марта 2026 г.\n· Действует соглашение (2014 г.).')).toBe('2026-03-02');
    expect(dateInText('СПРАВОЧНАЯ ИНФОРМАЦИЯ (01.10.2025)\n· Действует соглашение.')).toBe('2025-10-01');
    expect(dateInText('СПРАВОЧНАЯ ИНФОРМАЦИЯ\n· 2 апреля 2025 г., встреча.')).toBeUndefined();
  });
});
