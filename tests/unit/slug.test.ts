import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/format/slug';
import { content } from '../helpers/content';

describe('slugify', () => {
  it('writes Russian in Latin letters the way the content files are named', () => {
    expect(slugify('Визит могилёвской делегации')).toBe('vizit-mogilevskoy-delegatsii');
    expect(slugify('Заседание Рабочей группы')).toBe('zasedanie-rabochey-gruppy');
    expect(slugify('Ярмарка в г. Могилеве')).toBe('yarmarka-mogileve');
  });

  it('keeps at most the given number of significant words, without «между», «и», «о»', () => {
    expect(slugify('Соглашение между Правительством Астраханской области и Правительством Республики Беларусь', 3)).toBe(
      'soglashenie-pravitelstvom-astrakhanskoy',
    );
  });

  it('gives a valid file name for every contact title of the content', () => {
    for (const contact of content.contacts) expect(slugify(contact.data.title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
