import { describe, expect, it } from 'vitest';
import { stemQuery } from '../../src/lib/query';

describe('stemQuery', () => {
  it('reduces the case forms of one word to one stem', () => {
    const forms = ['Могилёв', 'Могилёва', 'Могилёву', 'Могилёвом', 'Могилёве'].map(stemQuery);
    expect(new Set(forms).size).toBe(1);
    expect(stemQuery('тракторов')).toBe(stemQuery('трактор'));
    expect(stemQuery('Витебске')).toBe('Витебск');
  });

  it('leaves short words, numbers, initials and Latin alone', () => {
    expect(stemQuery('в 2023 г.')).toBe('в 2023 г.');
    expect(stemQuery('Бабушкин И.Ю.')).toBe('Бабушкин И.Ю.');
    expect(stemQuery('MAZ-SPORTauto')).toBe('MAZ-SPORTauto');
    expect(stemQuery('Минск')).toBe('Минск');
  });

  it('keeps several words, each stemmed', () => {
    expect(stemQuery('  гастроли   театра ')).toBe('гастрол театр');
  });
});
