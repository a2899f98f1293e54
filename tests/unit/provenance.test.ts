/**
 * Source fidelity: every bullet and sub-item of the briefing reaches some content entry in its
 * wording, and no quoted text in the content says anything the briefing does not.
 */
import { describe, expect, it } from 'vitest';
import { readSource, tokens } from '../helpers/source';
import { content, quotations } from '../helpers/content';

const source = readSource();
const sourceTokens = ` ${tokens(source.items.map((item) => item.text).join(' ')).join(' ')} `;
const quoted = quotations.map(({ where, text }) => ({ where, joined: ` ${tokens(text).join(' ')} ` }));

/** The quotation sharing most of a bullet's words, to say what is missing when none holds it whole. */
function closest(words: string[]) {
  const scored = quoted.map((entry) => ({ ...entry, missing: words.filter((word) => !entry.joined.includes(` ${word} `)) }));
  return scored.sort((a, b) => a.missing.length - b.missing.length)[0]!;
}

describe('every bullet of the source is in the content', () => {
  it('parses the source into its bullets and sub-items', () => {
    expect(source.items.filter((item) => item.marker === '·').length).toBeGreaterThan(80);
    expect(source.items.some((item) => item.text.includes('bookmark'))).toBe(false);
  });

  for (const item of source.items) {
    it(`${item.section.slice(0, 40)} ${item.marker} ${item.text.slice(0, 70)}`, () => {
      const words = tokens(item.text);
      const sequence = ` ${words.join(' ')} `;
      if (quoted.some((entry) => entry.joined.includes(sequence))) return;
      const best = closest(words);
      const numbers = words.filter((word) => /^\d+$/.test(word) && !best.joined.includes(` ${word} `));
      expect.fail(
        `Пункт справки не найден в содержимом: «${item.text}».\n` +
          `Ближе всего ${best.where}; нет слов: ${best.missing.join(', ') || '(все слова есть, но порядок другой)'}` +
          (numbers.length ? `; нет чисел: ${numbers.join(', ')}` : ''),
      );
    });
  }

  it('keeps every section heading of the directions as a sector heading', () => {
    const headings = new Set(content.sectors.map((sector) => tokens(sector.data.heading).join(' ')));
    const sectionHeadings = source.headings.filter((heading) => /^В (сфере|торгово)/.test(heading));
    expect(sectionHeadings.length).toBe(content.sectors.length);
    for (const heading of sectionHeadings) expect(headings, heading).toContain(tokens(heading).join(' '));
  });
});

describe('nothing in the content is invented', () => {
  it.each(quotations.map((quotation) => [quotation.where, quotation.text]))('%s quotes the source', (_where, text) => {
    expect(sourceTokens, `текст не взят из справки: «${text}»`).toContain(` ${tokens(text).join(' ')} `);
  });

  // Titles, names, roles and places are built from the source's words, with case endings changed where
  // grammar asks; each word must still occur in the source, compared on a rough stem: its first four letters,
  // or three for a four-letter word («дума» / «думой»).
  const stem = (word: string) => word.slice(0, word.length > 4 ? 4 : 3);
  const stems = new Set(tokens(source.items.map((item) => item.text).join(' ')).flatMap((word) => [word.slice(0, 3), word.slice(0, 4)]));
  const labelled = [
    ...content.agreements.flatMap((entry) => [entry.data.title, ...[...entry.data.parties.russia, ...entry.data.parties.belarus].map(({ value }) => value)].map((text) => [entry.filePath, text])),
    ...content.contacts.flatMap((entry) => [entry.data.title, entry.data.place ?? '', ...entry.data.people.map((p) => p.role)].map((text) => [entry.filePath, text])),
    ...content.people.map((entry) => [entry.filePath, entry.data.name]),
    ...content.sectors.flatMap((entry) => entry.data.items.flatMap((fact) => [...fact.people.map((p) => p.role), ...fact.figures.map((f) => f.label)]).map((text) => [entry.filePath, text])),
  ] as [string, string][];

  it.each(labelled.filter(([, text]) => text))('%s: «%s» uses the source\'s words', (_file, text) => {
    const foreign = tokens(text).filter((word) => !stems.has(stem(word)));
    expect(foreign, `слова не из справки в «${text}»`).toEqual([]);
  });
});

describe('counts follow the source', () => {
  const chronologySection = source.headings.find((heading) => heading.startsWith('ХРОНОЛОГИЯ'))!;
  const contactBullets = source.items.filter((item) => item.section === chronologySection && item.marker === '·');

  it('has one contact per bullet of the chronology', () => {
    expect(content.contacts.length).toBe(contactBullets.length);
  });

  it('has every year from the first to the last contact', () => {
    const years = new Set(content.contacts.map((entry) => Number(entry.data.start.slice(0, 4))));
    const first = Math.min(...years);
    const last = Math.max(...years);
    for (let year = first; year <= last; year++) expect(years, `нет контактов ${year} года`).toContain(year);
    expect(chronologySection).toContain(`${first}–${last}`);
  });

  it('numbers the documents of the legal base in the source\'s order, one per bullet', () => {
    const legalBase = source.items.filter((item) => item.section.startsWith('С РЕСПУБЛИКОЙ'));
    const numbered = content.agreements.filter((entry) => entry.data.legalBase !== undefined);
    expect(numbered.length).toBe(legalBase.length);
    legalBase.forEach((bullet, index) => {
      const doc = numbered.find((entry) => entry.data.legalBase === index + 1);
      expect(doc, `нет документа с legalBase: ${index + 1} — «${bullet.text}»`).toBeDefined();
      expect(` ${tokens(doc!.body).join(' ')} `, doc!.filePath).toContain(` ${tokens(bullet.text).join(' ')} `);
      expect(bullet.text, `год документа: ${doc!.filePath}`).toContain(`${doc!.data.year} г.`);
      expect(bullet.text.split(' ')[0]!.toLowerCase().slice(0, 5), `статус: ${doc!.filePath}`).toBe(doc!.data.status.slice(0, 5));
    });
  });
});
