/**
 * The source's words apart from the editors' reading: every region, city's oblast, venue, kind of
 * visit, signed document and date either is stated in the source statement it comes from, or carries
 * the editors' basis. Built from the source, checked on the real content and on copies broken in one place.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../helpers/content';
import { unmarkedValues, type Unmarked } from '../helpers/stated';

type Content = typeof content;
const copy = (): Content => structuredClone(content);
const find = <T extends { id: string }>(entries: T[], id: string) => entries.find((entry) => entry.id === id)!;
const where = (found: Unmarked[]) => found.map(({ file, field, value }) => `${file.replace(/^.*content\//, '')}: ${field}: ${value}`);

describe('every value the source does not state carries a basis', () => {
  it('holds for the real content', () => {
    expect(where(unmarkedValues(content))).toEqual([]);
  });

  it('the content marks values of every kind the issue found', () => {
    const marked = (refs: readonly { basis?: string | undefined }[]) => refs.some((ref) => ref.basis !== undefined);
    expect(marked(find(content.agreements, 'agtu-bguir-2023').data.regions)).toBe(true);
    expect(find(content.people, 'yakushevich').data.region?.basis).toBeDefined();
    expect(find(content.regions, 'gomel').data.parent?.basis).toBeDefined();
    expect(find(content.regions, 'gomelskaya-oblast').data.basis).toBeDefined();
    expect(find(content.contacts, '2023-07-01-756-letie-mogileva').data.venue.basis).toBeDefined();
    expect(find(content.contacts, '2024-10-27-vizit-mogilevskoy-delegatsii').data.venue.basis).toBeDefined();
    expect(marked(find(content.contacts, '2023-02-16-vizit-v-belarus').data.signed)).toBe(true);
  });
});

describe('a value stated nowhere, without its basis, is found', () => {
  const cases: [string, (broken: Content) => void, RegExp][] = [
    ['a region from an organisation\'s seat (БГУИР → г. Минск)', (broken) => delete find(broken.agreements, 'agtu-bguir-2023').data.regions[0]!.basis, /agtu-bguir-2023\.md: regions\[0\]: г\. Минск/],
    ['a person\'s region from the theatre\'s seat', (broken) => delete find(broken.people, 'galkina').data.region!.basis, /galkina\.yaml: region: г\. Минск/],
    ['a sector item\'s region («Великий камень» → Минская область)', (broken) => {
      const fact = find(broken.sectors, 'promyshlennost').data.items.find((item) => item.text.includes('Великий камень'))!;
      delete fact.regions[0]!.basis;
    }, /promyshlennost\.md: items\[1\]\.regions\[0\]: Минская область/],
    ['a city\'s oblast (г. Гомель → Гомельская область)', (broken) => delete find(broken.regions, 'gomel').data.parent!.basis, /gomel\.yaml: parent: Гомельская область/],
    ['a venue the source does not give (1–3 июля 2023)', (broken) => delete find(broken.contacts, '2023-07-01-756-letie-mogileva').data.venue.basis, /2023-07-01-756-letie-mogileva\.md: venue: Республика Беларусь/],
    ['a visit\'s direction (27–30 октября 2024)', (broken) => delete find(broken.contacts, '2024-10-27-vizit-mogilevskoy-delegatsii').data.kinds[0]!.basis, /2024-10-27-vizit-mogilevskoy-delegatsii\.md: kinds\[0\]/],
    ['«the same document» under two titles', (broken) => delete find(broken.contacts, '2023-02-16-vizit-v-belarus').data.signed[0]!.basis, /2023-02-16-vizit-v-belarus\.md: signed\[0\]: pobratimstvo-mogilev-2023/],
    ['a region the contact\'s text never names', (broken) => find(broken.contacts, '2019-07-15-vstrecha-grakun').data.regions.push({ id: 'brest', collection: 'regions' }), /2019-07-15-vstrecha-grakun\.md: regions\[1\]: г\. Брест/],
    ['a contact\'s day the text does not give', (broken) => (find(broken.contacts, '2024-01-31-vizit-golovchenko').data.start = '2024-01-30'), /2024-01-31-vizit-golovchenko\.md: start/],
    ['a document\'s year its text does not give', (broken) => (find(broken.agreements, 'pobratimstvo-brest-2025').data.year = 2024), /pobratimstvo-brest-2025\.md: year: 2024/],
    ['a sector item\'s year its text does not give', (broken) => find(broken.sectors, 'kultura').data.items[3]!.years.push(2021), /kultura\.md: items\[3\]\.years: 2021/],
  ];

  it.each(cases)('%s', (_name, breakIt, expected) => {
    const broken = copy();
    breakIt(broken);
    expect(where(unmarkedValues(broken)).join('\n')).toMatch(expected);
  });
});
