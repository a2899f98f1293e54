/** The real content is consistent; each cross-entry rule catches its own kind of mistake. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/rules';
import { formatProblem, type Problem } from '../../src/content/problems';
import type { Collections } from '../../src/content/relations';
import { content, items, problems } from '../helpers/content';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

describe('the real content', () => {
  it('passes every schema and cross-entry rule', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('gives a document its Belarusian regions, the republic marking the national level, or none where nothing names one', () => {
    const regionIds = new Set(content.regions.map((region) => region.id));
    for (const doc of content.agreements) for (const region of doc.data.regions) expect(regionIds, doc.filePath).toContain(region.id);
    // The Belarusian–Uzbek institute's seat the briefing does not give: «в справке не указано».
    expect(content.agreements.filter((doc) => doc.data.regions.length === 0).map((doc) => doc.id)).toEqual(['kimrt-belorussko-uzbeksky-institut-2021']);
  });

  it('rolls every region up to the republic', () => {
    const byId = new Map(content.regions.map((region) => [region.id, region]));
    const roots = content.regions.filter((region) => !region.data.parent);
    expect(roots.map((region) => region.data.level)).toEqual(['республика']);
    for (const region of content.regions) {
      let current = region;
      while (current.data.parent) current = byId.get(current.data.parent.id)!;
      expect(current.id, region.filePath).toBe(roots[0]!.id);
    }
  });

  it('links every signed document to its contact and the year it gives', () => {
    for (const contact of content.contacts)
      for (const signed of contact.data.signed) {
        const doc = content.agreements.find((entry) => entry.id === signed.id)!;
        expect(doc.data.year, doc.filePath).toBe(Number(contact.data.start.slice(0, 4)));
      }
  });

  it('refers from sector items to documents that exist', () => {
    const ids = new Set(content.agreements.map((entry) => entry.id));
    for (const { item } of items) for (const doc of item.documents) expect(ids).toContain(doc.id);
  });
});

/** A deep copy of the real content to break in one place. */
const copy = (): Collections => structuredClone(content);
const find = <T extends { id: string }>(entries: T[], id: string) => entries.find((entry) => entry.id === id)!;
const expectProblem = (found: Problem[], file: string, field: string) =>
  expect(found.map(formatProblem).join('\n')).toMatch(new RegExp(`${file}[^\\n]*поле «${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»`));

describe('cross-entry rules', () => {
  it('finds a reference to a missing entry', () => {
    const broken = copy();
    const contact = find(broken.contacts, '2019-07-15-vstrecha-grakun');
    contact.data.people[0]!.person = ref('people', 'nobody');
    expectProblem(checkContent(broken), '2019-07-15-vstrecha-grakun.md', 'people[0].person');
  });

  it('finds a sector item linked to a contact of another year', () => {
    const broken = copy();
    const culture = find(broken.sectors, 'kultura');
    const index = culture.data.items.findIndex((fact) => fact.contacts.length > 0);
    culture.data.items[index]!.contacts[0]!.contact = ref('contacts', '2019-07-15-vstrecha-grakun');
    expectProblem(checkContent(broken), 'kultura.md', `items[${index}].contacts[0].contact`);
  });

  it('finds a reference to a missing region', () => {
    const broken = copy();
    find(broken.agreements, 'pobratimstvo-brest-2025').data.regions = [ref('regions', 'pinsk')];
    expectProblem(checkContent(broken), 'pobratimstvo-brest-2025.md', 'regions[0]');
  });

  it('finds two documents with one title', () => {
    const broken = copy();
    find(broken.agreements, 'agtu-bru-2023').data.title = find(broken.agreements, 'agtu-bguir-2023').data.title;
    expectProblem(checkContent(broken), 'agtu-bru-2023.md', 'title');
  });

  it('finds two contacts with one title', () => {
    const broken = copy();
    find(broken.contacts, '2025-09-08-forum-berega').data.title = find(broken.contacts, '2024-09-02-forum-berega').data.title;
    expectProblem(checkContent(broken), '2025-09-08-forum-berega.md', 'title');
  });

  it('finds two files with one id in different year folders', () => {
    const broken = copy();
    broken.contacts.push({ ...find(broken.contacts, '2024-01-31-vizit-golovchenko'), filePath: 'content/chronology/2025/2024-01-31-vizit-golovchenko.md' });
    expectProblem(checkContent(broken), 'chronology/2025/2024-01-31-vizit-golovchenko.md', 'id (имя файла)');
  });

  it('finds replaces without the matching replacedBy', () => {
    const broken = copy();
    delete find(broken.agreements, 'pravitelstva-1999').data.replacedBy;
    expectProblem(checkContent(broken), 'pravitelstva-1999.md', 'replacedBy');
  });

  it('finds a document that replaces itself', () => {
    const broken = copy();
    find(broken.agreements, 'pravitelstva-2021').data.replaces = ref('agreements', 'pravitelstva-2021');
    expectProblem(checkContent(broken), 'pravitelstva-2021.md', 'replaces');
  });

  it('finds a contact filed under the wrong year', () => {
    const broken = copy();
    find(broken.contacts, '2023-08-03-igry-sng').data.start = '2022-08-03';
    expectProblem(checkContent(broken), '2023-08-03-igry-sng.md', 'start');
  });

  it('finds a signed document whose year differs from the contact', () => {
    const broken = copy();
    find(broken.agreements, 'plan-mogilevskaya-oblast-2025-2026').data.year = 2025;
    expectProblem(checkContent(broken), 'plan-mogilevskaya-oblast-2025-2026.md', 'year');
  });

  it('finds a cycle of parent regions', () => {
    const broken = copy();
    find(broken.regions, 'belarus').data.parent = ref('regions', 'mogilev');
    expectProblem(checkContent(broken), 'belarus.yaml', 'parent');
  });

  it('finds two sectors at one position', () => {
    const broken = copy();
    find(broken.sectors, 'transport').data.order = 1;
    expectProblem(checkContent(broken), 'transport.md', 'order');
  });
});
