/** What the build leaves for search, and the pages that explain its filters and links. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, fileFor, href, read } from '../helpers/built';
import { content, items } from '../helpers/content';
import { normalize, wordsOf } from '../../src/search/words';
import type { VocabularyFile } from '../../src/search/vocabulary';
import { statuses } from '../../src/i18n/ru';

const page = (path: string) => read(`${path}/`);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/&quot;|&#34;/g, '"').replace(/\s+/g, ' ');

describe('the search index', () => {
  it('is built from the records, whose file does not stay in the published site', () => {
    expect(fileFor(href('search/records.json'))).toBeUndefined();
    expect(readdirSync(join(DIST, 'pagefind/fragment')).length).toBeGreaterThan(content.agreements.length + content.contacts.length + items.length);
  });

  it('publishes the vocabulary of every record: each word of the content, once, sorted', () => {
    const file = JSON.parse(read('search/words.json')) as VocabularyFile;
    const words = file.map(([word]) => normalize(word));
    expect(words).toEqual([...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const known = new Set(words);
    const texts = [...content.agreements, ...content.contacts].map((entry) => entry.body).concat(items.map(({ item }) => item.text));
    for (const source of texts) for (const word of wordsOf(source)) expect(known, word).toContain(word);
    expect(known.has('асдфгх')).toBe(false);
  });
});

describe('the register explains the statuses of its documents', () => {
  it.each(['agreements', ...new Set(content.agreements.map((doc) => `agreements/year/${doc.data.year}`))])('/%s/', (path) => {
    const shown = text(page(path));
    const listed = path === 'agreements' ? content.agreements : content.agreements.filter((doc) => path.endsWith(`/${doc.data.year}`));
    for (const status of new Set(listed.map((doc) => doc.data.status))) {
      const count = listed.filter((doc) => doc.data.status === status).length;
      expect(shown).toContain(`${status} (${count})`);
      expect(shown).toContain(text(statuses.meanings[status]).slice(0, 40));
    }
  });
});

describe('a sector item that names the same event as a contact', () => {
  const linked = content.sectors.flatMap((sector) =>
    sector.data.items.flatMap((fact, index) => fact.contacts.map((link) => ({ sector, anchor: `${sector.id}-${index + 1}`, link }))),
  );

  it('exists in the content', () => expect(linked.length).toBeGreaterThan(0));

  it.each(linked.map(({ sector, anchor, link }) => [anchor, link.contact.id, sector.id, link.basis]))(
    '%s links %s, marked with the editors\' basis, and the contact links back',
    (anchor, contact, sector, basis) => {
      const item = new RegExp(`<li id="${anchor}"[\\s\\S]*?</li>`).exec(page(`sectors/${sector}`))?.[0] ?? '';
      expect(item).toContain(`href="${href(`chronology/${contact}/`)}"`);
      expect(text(item)).toContain(text(basis));
      const contactPage = page(`chronology/${contact}`);
      expect(contactPage).toContain(`href="${href(`sectors/${sector}/#${anchor}`)}"`);
      expect(text(contactPage)).toContain(text(basis));
    },
  );
});
