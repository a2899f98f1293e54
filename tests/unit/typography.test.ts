import { describe, expect, it } from 'vitest';
import { NBSP, countOf, plural, typeset } from '../../src/format/typography';

const forms = { one: 'документ', few: 'документа', many: 'документов' };
const show = (text: string) => text.replaceAll(NBSP, '⍽');

describe('typeset', () => {
  it('turns straight quotes into «ёлочки»', () => {
    expect(typeset('сеть "Тройка"')).toBe('сеть «Тройка»');
  });

  it('sets an en dash in ranges of numbers', () => {
    expect(typeset('на 2023-2025 годы')).toBe(`на${NBSP}2023–2025 годы`);
    expect(typeset('1941 — 1945')).toBe('1941–1945');
  });

  it('keeps a year with «г.» and «гг.»', () => {
    expect(show(typeset('(2023 г.)'))).toBe('(2023⍽г.)');
    expect(show(typeset('на 2025–2026 гг.'))).toBe('на⍽2025–2026⍽гг.');
  });

  it('keeps «г.», «им.» and «№» with what follows', () => {
    expect(show(typeset('в г. Астрахани'))).toBe('в⍽г.⍽Астрахани');
    expect(show(typeset('университет им. В.Н. Татищева'))).toBe('университет им.⍽В.Н.⍽Татищева');
    expect(show(typeset('Гимназия № 174'))).toBe('Гимназия №⍽174');
  });

  it('keeps initials with the surname, after it or before it', () => {
    expect(show(typeset('Губернатора Бабушкина И.Ю. в Минск'))).toBe('Губернатора Бабушкина⍽И.Ю. в⍽Минск');
    expect(show(typeset('имени генерал-адмирала Ф.М. Апраксина'))).toBe('имени генерал-адмирала Ф.М.⍽Апраксина');
  });

  it('does not bind initials that end a sentence to the next one', () => {
    expect(show(typeset('Премьер-министром Головченко Р.А. Заседание Рабочей группы'))).toBe('Премьер-министром Головченко⍽Р.А. Заседание Рабочей группы');
  });

  it('keeps a day with its month', () => {
    expect(show(typeset('12 сентября 2025 г., 1 июля'))).toBe('12⍽сентября 2025⍽г., 1⍽июля');
    expect(show(typeset('в 2025 мая'))).toBe('в⍽2025 мая');
  });

  it('keeps an organisation\'s form with its name in quotes', () => {
    expect(show(typeset('ООО «Тройка» и СЭЗ «Витебск»'))).toBe('ООО⍽«Тройка» и⍽СЭЗ⍽«Витебск»');
    expect(show(typeset('ПРОГРАММА развития'))).toBe('ПРОГРАММА развития');
  });

  it('leaves ISO dates as they are', () => {
    expect(typeset('2025-06-30')).toBe('2025-06-30');
    expect(typeset('с 2025-06-30 по 2025-07-01, в 2023-2025 годах')).toBe(`с${NBSP}2025-06-30 по${NBSP}2025-07-01, в${NBSP}2023–2025 годах`);
  });

  it('binds one- and two-letter words to the next word, several in a row too', () => {
    expect(show(typeset('встреча с Президентом и на нём'))).toBe('встреча с⍽Президентом и⍽на⍽нём');
  });

  it('binds the three-letter prepositions, not other three-letter words', () => {
    expect(show(typeset('под председательством, для участия, Без изменений'))).toBe('под⍽председательством, для⍽участия, Без⍽изменений');
    expect(show(typeset('три года'))).toBe('три года');
  });

  it('keeps a spaced dash with the word before it', () => {
    expect(show(typeset('вице-губернатор – председатель'))).toBe('вице-губернатор⍽– председатель');
  });

  it('leaves hyphenated words and text without anything to fix alone', () => {
    expect(typeset('Гран-при')).toBe('Гран-при');
    expect(typeset('Культура')).toBe('Культура');
  });
});

describe('plural', () => {
  it.each([
    [1, 'документ'], [2, 'документа'], [4, 'документа'], [5, 'документов'], [11, 'документов'],
    [12, 'документов'], [14, 'документов'], [21, 'документ'], [22, 'документа'], [25, 'документов'], [101, 'документ'], [0, 'документов'],
  ])('%i %s', (count, form) => {
    expect(plural(count, forms)).toBe(form);
  });

  it('joins the count and the noun with a non-breaking space', () => {
    expect(countOf(32, forms)).toBe(`32${NBSP}документа`);
  });
});
