import { describe, expect, it } from 'vitest';
import { NBSP, countOf, plural, typo } from '../../src/format/typography';

const forms = { one: 'документ', few: 'документа', many: 'документов' };
const show = (text: string) => text.replaceAll(NBSP, '⍽');

describe('typo', () => {
  it('turns straight quotes into «ёлочки»', () => {
    expect(typo('сеть "Тройка"')).toBe('сеть «Тройка»');
  });

  it('sets an en dash in ranges of numbers', () => {
    expect(typo('на 2023-2025 годы')).toBe(`на${NBSP}2023–2025 годы`);
    expect(typo('1941 — 1945')).toBe('1941–1945');
  });

  it('keeps a year with «г.» and «гг.»', () => {
    expect(show(typo('(2023 г.)'))).toBe('(2023⍽г.)');
    expect(show(typo('на 2025–2026 гг.'))).toBe('на⍽2025–2026⍽гг.');
  });

  it('keeps «г.», «им.» and «№» with what follows', () => {
    expect(show(typo('в г. Астрахани'))).toBe('в⍽г.⍽Астрахани');
    expect(show(typo('университет им. В.Н. Татищева'))).toBe('университет им.⍽В.Н.⍽Татищева');
    expect(show(typo('Гимназия № 174'))).toBe('Гимназия №⍽174');
  });

  it('keeps initials with the surname', () => {
    expect(show(typo('Губернатора Бабушкина И.Ю. в Минск'))).toBe('Губернатора Бабушкина⍽И.Ю. в⍽Минск');
  });

  it('binds one- and two-letter words to the next word, several in a row too', () => {
    expect(show(typo('встреча с Президентом и на нём'))).toBe('встреча с⍽Президентом и⍽на⍽нём');
  });

  it('keeps a spaced dash with the word before it', () => {
    expect(show(typo('вице-губернатор – председатель'))).toBe('вице-губернатор⍽– председатель');
  });

  it('leaves hyphenated words and text without anything to fix alone', () => {
    expect(typo('Гран-при')).toBe('Гран-при');
    expect(typo('Культура')).toBe('Культура');
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
