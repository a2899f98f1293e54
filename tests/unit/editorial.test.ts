/**
 * The rule of the editors' marks, as `npm run check` and the build apply it (src/content/stated.ts):
 * every region, city's oblast, venue, kind, signed document, sector of a contact, party's side, date and
 * year either is stated in the source statement it comes from, or carries the editors' basis. Checked on
 * the real content and on copies broken in one place: each refused naming the file, the field and what
 * was compared.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../helpers/content';
import { readSource } from '../helpers/source';
import { unstatedProblems } from '../../src/content/stated';
import { formatProblem } from '../../src/content/problems';

type Content = typeof content;
const statements = readSource().items;
const copy = (): Content => structuredClone(content);
const find = <T extends { id: string }>(entries: T[], id: string) => entries.find((entry) => entry.id === id)!;
const problems = (broken: Content) => unstatedProblems(broken, statements).map((problem) => formatProblem({ ...problem, file: problem.file.replace(/^.*content\//, '') }));

describe('every value the source does not state carries a basis', () => {
  it('holds for the real content', () => {
    expect(problems(content)).toEqual([]);
  });

  it('the content marks values of every kind the rule knows', () => {
    const marked = (refs: readonly { basis?: string | undefined }[]) => refs.some((ref) => ref.basis !== undefined);
    expect(marked(find(content.agreements, 'agtu-bguir-2023').data.regions)).toBe(true);
    expect(marked(find(content.agreements, 'lotos-sez-vitebsk-2017').data.parties.russia)).toBe(true);
    expect(find(content.agreements, 'pravitelstva-1999').data.track.basis).toBeDefined();
    expect(find(content.people, 'yakushevich').data.region?.basis).toBeDefined();
    expect(find(content.regions, 'gomel').data.parent?.basis).toBeDefined();
    expect(find(content.regions, 'baranovichi').data.basis).toBeDefined();
    expect(find(content.contacts, '2022-06-30-ix-forum-regionov').data.venue.basis).toBeDefined();
    expect(marked(find(content.contacts, '2024-07-06-kupalye').data.sectors)).toBe(true);
    expect(marked(find(content.contacts, '2023-02-16-vizit-v-belarus').data.signed)).toBe(true);
  });
});

describe('a value stated nowhere, without its basis, is refused naming the file, the field and the text compared', () => {
  const cases: [string, (broken: Content) => void, RegExp][] = [
    ['a region from an organisation\'s seat (БГУИР → г. Минск)', (broken) => delete find(broken.agreements, 'agtu-bguir-2023').data.regions[0]!.basis, /agtu-bguir-2023\.md: поле «regions\[0\]»: «г\. Минск» справка не называет — сравнивалось с текстом записи «ФГБОУ ВО/],
    ['a party whose name does not say its side (АО «ОЭЗ «Лотос»)', (broken) => delete find(broken.agreements, 'lotos-sez-vitebsk-2017').data.parties.russia[0]!.basis, /lotos-sez-vitebsk-2017\.md: поле «parties\.russia\[0\]»: сторону участника «АО «ОЭЗ «Лотос»» его название не называет/],
    ['the level of a document whose parties the source does not name', (broken) => delete find(broken.agreements, 'pravitelstva-1999').data.track.basis, /pravitelstva-1999\.md: поле «track»: сторон документа справка не называет/],
    ['a person\'s region from the theatre\'s seat', (broken) => delete find(broken.people, 'galkina').data.region!.basis, /galkina\.yaml: поле «region»: «г\. Минск» справка не называет — сравнивалось с должностями персоны/],
    ['a sector item\'s region («Великий камень» → Минская область)', (broken) => {
      const fact = find(broken.sectors, 'promyshlennost').data.items.find((item) => item.text.includes('Великий камень'))!;
      delete fact.regions[0]!.basis;
    }, /promyshlennost\.md: поле «items\[1\]\.regions\[0\]»: «Минская область» справка не называет — сравнивалось с текстом записи «Подписан Меморандум/],
    ['a city\'s oblast (г. Гомель → Гомельская область)', (broken) => delete find(broken.regions, 'gomel').data.parent!.basis, /gomel\.yaml: поле «parent»: что «г\. Гомель» входит в «Гомельская область», справка не говорит/],
    ['a unit the source never names (г. Барановичи: only «Барановичским … университетом»)', (broken) => delete find(broken.regions, 'baranovichi').data.basis, /baranovichi\.yaml: поле «basis»: «г\. Барановичи» справка не называет/],
    ['a venue the source does not give (1–3 июля 2023)', (broken) => delete find(broken.contacts, '2023-07-01-756-letie-mogileva').data.venue.basis, /2023-07-01-756-letie-mogileva\.md: поле «venue»: «Республика Беларусь» справка не называет/],
    ['a venue only a city\'s oblast would give (в г. Гродно)', (broken) => delete find(broken.contacts, '2022-06-30-ix-forum-regionov').data.venue.basis, /2022-06-30-ix-forum-regionov\.md: поле «venue»: «Республика Беларусь» справка не называет — сравнивалось с текстом записи «30 июня–1 июля 2022 г\..* … .*в г\. Гродно\.»/],
    ['a visit\'s direction (27–30 октября 2024)', (broken) => delete find(broken.contacts, '2024-10-27-vizit-mogilevskoy-delegatsii').data.kinds[0]!.basis, /2024-10-27-vizit-mogilevskoy-delegatsii\.md: поле «kinds\[0\]»/],
    ['a kind the text does not name', (broken) => find(broken.contacts, '2019-07-15-vstrecha-grakun').data.kinds.push({ value: 'переговоры' }), /2019-07-15-vstrecha-grakun\.md: поле «kinds\[1\]»: «переговоры» справка не называет/],
    ['a contact\'s sector (II Игры стран СНГ → спорт)', (broken) => delete find(broken.contacts, '2023-08-03-igry-sng').data.sectors[0]!.basis, /2023-08-03-igry-sng\.md: поле «sectors\[0\]»: хронология справки не относит контакты к направлениям/],
    ['«the same document» under two titles', (broken) => delete find(broken.contacts, '2023-02-16-vizit-v-belarus').data.signed[0]!.basis, /2023-02-16-vizit-v-belarus\.md: поле «signed\[0\]»: «pobratimstvo-mogilev-2023» справка не называет/],
    ['a region the contact\'s text never names', (broken) => find(broken.contacts, '2019-07-15-vstrecha-grakun').data.regions.push({ id: 'brest', collection: 'regions' }), /2019-07-15-vstrecha-grakun\.md: поле «regions\[1\]»: «г\. Брест» справка не называет/],
    ['a contact\'s day the text does not give', (broken) => (find(broken.contacts, '2024-01-31-vizit-golovchenko').data.start = '2024-01-30'), /2024-01-31-vizit-golovchenko\.md: поле «start»: ожидаются даты, которые называет текст записи/],
    ['a document\'s year its text does not give', (broken) => (find(broken.agreements, 'pobratimstvo-brest-2025').data.year = 2024), /pobratimstvo-brest-2025\.md: поле «year»: ожидается год, который называет справка: 2024/],
    ['a sector item\'s year its text does not give', (broken) => find(broken.sectors, 'kultura').data.items[3]!.years.push(2021), /kultura\.md: поле «items\[3\]\.years»: ожидается год, который называет справка: 2021/],
  ];

  it.each(cases)('%s', (_name, breakIt, expected) => {
    const broken = copy();
    breakIt(broken);
    expect(problems(broken).join('\n')).toMatch(expected);
  });

  it('accepts each of those values when it is stated or given its basis', () => {
    const stated = copy();
    // A region the text names needs no basis: «Гимназией № 174» Минска».
    const school = find(stated.agreements, 'trekhprotokskaya-sosh-gimnaziya-174-2023');
    expect(school.data.regions.every((ref) => ref.basis === undefined)).toBe(true);
    find(stated.contacts, '2019-07-15-vstrecha-grakun').data.kinds.push({ value: 'переговоры', basis: 'проба' });
    expect(problems(stated)).toEqual([]);
  });
});
