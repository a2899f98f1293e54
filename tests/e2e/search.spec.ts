/** Readers' search tasks through the real /search/ page, each checked against the content, not typed numbers. */
import { expect, test, type Page } from '@playwright/test';
import { content, items } from '../helpers/content';
import { BASE } from '../helpers/built';

const parent = new Map(content.regions.map((region) => [region.id, region.data.parent?.id]));
/** The oblast-level unit a region rolls up to, as the «Регион» filter does. */
const oblastOf = (id: string): string => (parent.get(parent.get(id) ?? '') ? oblastOf(parent.get(id)!) : id);
const regionName = (id: string) => content.regions.find((region) => region.id === id)!.data.name;
const normal = (text: string) => text.toLowerCase().replaceAll('ё', 'е');

const status = (page: Page) => page.locator('#search-status');
const DONE = /^(Найдено|По запросу|С выбранными)/;

/** Opens /search/ with the given query string and returns every result's title and address once shown. */
async function search(page: Page, query: Record<string, string | string[]>) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const one of [value].flat()) params.append(name, one);
  await page.goto(`search/?${params}`);
  await expect(status(page)).toHaveText(DONE);
  while (await page.locator('#search-more').isVisible()) {
    const count = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await expect(page.locator('#search-results li')).not.toHaveCount(count);
  }
  return page.locator('#search-results a.result-title').evaluateAll((links) =>
    links.map((link) => ({ title: link.textContent ?? '', path: new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash })),
  );
}
const titles = async (page: Page, query: Record<string, string | string[]>) => (await search(page, query)).map((result) => result.title).sort();
/** The pages found, as site paths (without the base path). */
const paths = async (page: Page, query: Record<string, string | string[]>) => (await search(page, query)).map((result) => result.path.slice(BASE.length - 1)).sort();
const contactPath = (id: string) => `/chronology/${id}/`;
const marks = (page: Page) => page.locator('#search-results mark').allTextContents();

test.describe('honest hits', () => {
  for (const query of ['асдфгх', 'xyz', 'нефть', 'БелАЗ', 'МАЗ']) {
    test(`«${query}», found nowhere in the content, says so and shows no result`, async ({ page }) => {
      expect(await search(page, { q: query })).toEqual([]);
      await expect(status(page)).toHaveText(`По запросу «${query}» ничего не найдено.`);
    });
  }

  test('«МАЗ» suggests words that exist, apart from the results and labelled as such', async ({ page }) => {
    await search(page, { q: 'МАЗ' });
    const suggestions = page.locator('#search-suggestions');
    await expect(suggestions).toContainText('это не результаты поиска');
    await expect(suggestions.getByRole('link', { name: 'MAZ-SPORTauto' })).toBeVisible();
    await suggestions.getByRole('link', { name: 'MAZ-SPORTauto' }).click();
    await expect(status(page)).toHaveText(/^Найдено: 1\s+результат\./);
  });

  for (const [query, begins] of [['мая', 'мая'], ['трак', 'трак'], ['Бабушкин', 'бабушкин'], ['Могилёв', 'могилев']] as const) {
    test(`«${query}» marks only words beginning with «${begins}»`, async ({ page }) => {
      const found = await search(page, { q: query });
      expect(found.length).toBeGreaterThan(0);
      const marked = await marks(page);
      expect(marked.length).toBeGreaterThan(0);
      // A hyphenated word is marked for its part: «Виват-Могилев».
      for (const word of marked) expect(normal(word).split('-').some((part) => part.startsWith(begins)), word).toBe(true);
    });
  }

  test('a word in the wrong keyboard layout is suggested in the right one', async ({ page }) => {
    await search(page, { q: 'dbnt,cr' });
    await expect(page.locator('#search-suggestions').getByRole('link', { name: /^Витебск/ }).first()).toBeVisible();
  });

  test('excerpts never run words together', async ({ page }) => {
    await search(page, { q: 'Витебск' });
    for (const excerpt of await page.locator('.result-excerpt').allTextContents()) {
      expect(excerpt).not.toMatch(/[а-яё][А-ЯЁ]/);
      expect(excerpt).not.toMatch(/НазваниеВид|СтороныРегион/);
    }
  });
});

test.describe('one meaning per filter', () => {
  // One test a year: each loads a register page and a search, so that none waits on all the others.
  for (const year of [...new Set(content.agreements.map((doc) => doc.data.year))].sort()) {
    test(`Документ + ${year} lists exactly the documents of that year's register page`, async ({ page }) => {
      await page.goto(`agreements/year/${year}/`);
      const register = (await page.locator('table.register tbody th a').allTextContents()).map((title) => title.replace(/\s+/g, ' ')).sort();
      expect(register.length).toBeGreaterThan(0);
      const found = (await titles(page, { Раздел: 'Документ', Год: String(year) })).map((title) => title.replace(/\s+/g, ' '));
      expect(found).toEqual(register);
    });
  }

  test('a plan\'s period is its own filter, not «Год»', async ({ page }) => {
    // A year of the plan's period that is not the year it is dated by, but is some other document's year.
    const documentYears = new Set(content.agreements.map((doc) => doc.data.year));
    const checks = content.agreements.flatMap((plan) => {
      const { period, year } = plan.data;
      const other = period && [...Array(period.to - period.from + 1).keys()].map((offset) => period.from + offset).find((candidate) => candidate !== year && documentYears.has(candidate));
      return other ? [{ plan, other }] : [];
    });
    expect(checks.length).toBeGreaterThan(0);
    for (const { plan, other } of checks) {
      expect(await titles(page, { Раздел: 'Документ', Год: String(other) }), plan.filePath).not.toContain(plan.data.title);
      expect(await titles(page, { 'Период действия': String(other) }), plan.filePath).toContain(plan.data.title);
    }
  });

  test('a filter value no record carries selects nothing, and says so, instead of being ignored', async ({ page }) => {
    expect(await search(page, { Раздел: 'Документ', Год: '1900' })).toEqual([]);
    await expect(status(page)).toHaveText(/^С выбранными фильтрами ничего не найдено/);
    await expect(page.locator('#search-chips button', { hasText: 'Год: 1900' })).toBeVisible();
  });

  test('every year offered selects something', async ({ page }) => {
    await page.goto('search/');
    const years = await page.locator('fieldset', { has: page.locator('legend', { hasText: /^Год$/ }) }).locator('input').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    const inContent = new Set([
      ...content.agreements.map((doc) => String(doc.data.year)),
      ...content.contacts.flatMap((contact) => [contact.data.start, contact.data.end ?? contact.data.start].map((day) => day.slice(0, 4))),
      ...items.flatMap(({ item }) => [...item.years, ...(item.since ? [item.since] : [])].map(String)),
    ]);
    expect(years.sort()).toEqual([...inContent].sort());
  });

  test('«Статус: действует» lists exactly the documents the home page counts as in force', async ({ page }) => {
    await page.goto('./');
    const inForce = Number(/из\s+них\s+(\d+)/.exec((await page.locator('.figures').first().textContent()) ?? '')?.[1]);
    const expected = content.agreements.filter((doc) => doc.data.status === 'действует').map((doc) => doc.data.title).sort();
    expect(inForce).toBe(expected.length);
    expect(await titles(page, { Статус: 'действует' })).toEqual(expected);
    await page.goto('agreements/');
    await expect(page.locator('.status-legend')).toContainText(`действует (${inForce})`);
  });

  test('Контакт + 2023 + Культура finds the contact at the 756th anniversary of Mogilev', async ({ page }) => {
    const anniversary = content.contacts.find((contact) => contact.body.includes('756-летию'))!;
    expect(await paths(page, { Раздел: 'Контакт', Год: '2023', Направление: 'Культура' })).toContain(contactPath(anniversary.id));
  });

  test('all documents of Могилёвская область, with an empty query', async ({ page }) => {
    const expected = content.agreements.filter((doc) => doc.data.regions.some(({ id }) => oblastOf(id) === 'mogilevskaya-oblast'));
    expect(await titles(page, { Регион: regionName('mogilevskaya-oblast'), Раздел: 'Документ' })).toEqual(expected.map((doc) => doc.data.title).sort());
    await expect(page.locator('#q')).toHaveValue('');
  });

  test('all contacts of 2025, as many as the content has', async ({ page }) => {
    const expected = content.contacts.filter((contact) => [contact.data.start, contact.data.end].some((day) => day?.startsWith('2025')));
    expect(await paths(page, { Раздел: 'Контакт', Год: '2025' })).toEqual(expected.map((contact) => contactPath(contact.id)).sort());
    await expect(status(page)).toContainText(String(expected.length));
  });

  test('«Витебск» in 2014 finds both 2014 documents of Vitebsk', async ({ page }) => {
    const expected = content.agreements
      .filter((doc) => doc.data.year === 2014 && doc.data.regions.some(({ id }) => oblastOf(id) === 'vitebskaya-oblast'))
      .map((doc) => doc.data.title);
    expect(expected.length).toBe(2);
    expect(await titles(page, { q: 'Витебск', Год: '2014' })).toEqual(expected.sort());
  });
});

test.describe('one result per record', () => {
  /** The records whose own words name what `pattern` matches: documents, contacts, sector items, people, regions. */
  function naming(pattern: RegExp) {
    const roles = (id: string) => [
      ...content.contacts.flatMap((contact) => contact.data.people.filter(({ person }) => person.id === id).map(({ role }) => role)),
      ...items.flatMap(({ item }) => item.people.filter(({ person }) => person.id === id).map(({ role }) => role)),
    ];
    return [
      ...content.agreements.filter((doc) => pattern.test(`${doc.data.title} ${doc.body}`)).map((doc) => `/agreements/${doc.id}/`),
      ...content.contacts.filter((contact) => pattern.test(`${contact.data.title} ${contact.body}`)).map((contact) => `/chronology/${contact.id}/`),
      ...content.sectors.flatMap((sector) =>
        sector.data.items.flatMap((fact, index) => [
          ...(pattern.test(fact.text) ? [`/sectors/${sector.id}/#${sector.id}-${index + 1}`] : []),
          ...fact.subitems.flatMap((item, sub) => (pattern.test(item.text) ? [`/sectors/${sector.id}/#${sector.id}-${index + 1}-${sub + 1}`] : [])),
        ]),
      ),
      ...content.people.filter((person) => pattern.test([person.data.name, ...roles(person.id)].join(' '))).map((person) => `/people/${person.id}/`),
      ...content.regions.filter((region) => pattern.test(region.data.name)).map((region) => `/regions/${region.id}/`),
    ].sort();
  }
  const inSite = (path: string) => path.slice(BASE.length - 1);

  test('«Бабушкин» finds each record that names him once, his own page first', async ({ page }) => {
    const found = await search(page, { q: 'Бабушкин' });
    expect(found.map((result) => inSite(result.path)).sort()).toEqual(naming(/(^|[^а-яё])бабушкин/i));
    expect(inSite(found[0]!.path)).toBe('/people/babushkin/');
  });

  test('«Могилёв» finds each record that names it once, the region pages first', async ({ page }) => {
    const found = (await search(page, { q: 'Могилёв' })).map((result) => inSite(result.path));
    const pattern = /(^|[^а-яё])могил[её]в/i;
    // The register's page of an oblast is found by its title, «Документы: Могилёвская область».
    const registerPages = content.regions
      .filter((region) => pattern.test(region.data.name) && oblastOf(region.id) === region.id && region.data.parent)
      .filter((region) => content.agreements.some((doc) => doc.data.regions.some(({ id }) => oblastOf(id) === region.id)))
      .map((region) => `/agreements/region/${region.id}/`);
    expect([...found].sort()).toEqual([...naming(pattern), ...registerPages].sort());
    expect(new Set(found).size).toBe(found.length);
    expect(found.slice(0, 2).sort()).toEqual(['/regions/mogilev/', '/regions/mogilevskaya-oblast/']);
  });

  test('results show their kind, date and region', async ({ page }) => {
    await search(page, { q: 'ярмарка', Раздел: 'Контакт' });
    const contact = page.locator('#search-results li').first();
    await expect(contact.locator('.result-kind .badge')).toHaveText('Контакт');
    await expect(contact.locator('.result-title')).toHaveText(/^\d{1,2}[–\s].*\d{4}\sг\. — /);
    await expect(contact.locator('.result-kind')).toContainText('Регион Беларуси:');
    await search(page, { q: 'побратимстве', Раздел: 'Документ' });
    const doc = page.locator('#search-results li').first();
    await expect(doc.locator('.result-kind .badge')).toHaveText('Документ');
    await expect(doc.locator('.result-kind')).toContainText(/меморандум|соглашение/);
    await expect(doc.locator('.result-kind')).toContainText(/\d{4}\sг\./);
    await expect(doc.locator('.result-kind')).toContainText('Регион Беларуси:');
  });
});

test.describe('the engine', () => {
  test('opening /search/ loads the engine before any query is typed', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('search/');
    // Pagefind's script, its WebAssembly, the index's entry and table of pages, and the site's vocabulary.
    const engine = [/\/pagefind\/pagefind\.js$/, /\/pagefind\/wasm\.\w+\.pagefind$/, /\/pagefind\/pagefind-entry\.json$/, /\/pagefind\/pagefind\.[\w-]+\.pf_meta$/, /\/search\/words\.json$/];
    for (const file of engine) await expect.poll(() => requested.some((path) => file.test(path)), String(file)).toBe(true);
    // Nothing was typed, so nothing of a query was asked for: no part of the index for a word, no result.
    await expect(page.locator('#q')).toHaveValue('');
    expect(requested.filter((path) => /\/pagefind\/(index|fragment)\//.test(path))).toEqual([]);
  });
});

test.describe('history', () => {
  test('Back after a second search returns to the first, with its filters', async ({ page }) => {
    await page.goto('search/');
    await page.locator('#q').fill('Витебск');
    await page.locator('#q').press('Enter');
    await expect(status(page)).toHaveText(/^Найдено/);
    await page.getByRole('checkbox', { name: /^Документ(\s|$)/ }).check();
    await expect(page).toHaveURL(/%D0%A0%D0%B0%D0%B7%D0%B4%D0%B5%D0%BB=/);
    await expect(status(page)).toHaveText(/^Найдено/);
    const vitebsk = await page.locator('#search-results a.result-title').allTextContents();

    await page.locator('#q').fill('Могилёв');
    await page.locator('#q').press('Enter');
    await expect(page).toHaveURL(/q=%D0%9C%D0%BE%D0%B3/);
    await expect(status(page)).toHaveText(/^Найдено/);

    await page.goBack();
    await expect(page.locator('#q')).toHaveValue('Витебск');
    await expect(page.getByRole('checkbox', { name: /^Документ(\s|$)/ })).toBeChecked();
    await expect(status(page)).toHaveText(/^Найдено/);
    await expect(page.locator('#search-results a.result-title')).toHaveText(vitebsk);
  });

  test('typing alone adds one step, not one per letter', async ({ page }) => {
    await page.goto('search/');
    const before = await page.evaluate(() => history.length);
    await page.locator('#q').pressSequentially('Бабушкин', { delay: 300 });
    await expect(status(page)).toHaveText(/^Найдено/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the results start on the first screen; the filters fold into «Фильтры (N)»', async ({ page }) => {
    await search(page, { q: 'Могилёв', Год: '2023' });
    const top = await page.locator('#search-results li').first().evaluate((item) => item.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    const panel = page.locator('#search-filters');
    await expect(panel).not.toHaveAttribute('open');
    await expect(panel.locator('summary')).toHaveText(/Фильтры \(1\)/);
  });

  test('active filters show as chips that remove them; «Сбросить всё» clears everything', async ({ page }) => {
    await search(page, { q: 'соглашение', Раздел: 'Документ', Год: '2023' });
    const chips = page.locator('#search-chips button');
    await expect(chips).toHaveCount(2);
    await chips.filter({ hasText: 'Год: 2023' }).click();
    await expect(page).not.toHaveURL(/%D0%93%D0%BE%D0%B4=/);
    await expect(chips).toHaveCount(1);
    await page.getByRole('button', { name: 'Сбросить всё' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('#q')).toHaveValue('');
    await expect(chips).toHaveCount(0);
  });

  test('the home page shows one search field', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('input[type="search"]:visible')).toHaveCount(1);
  });
});

test('every search field shows its whole hint at every width from 320 px', async ({ page }) => {
  const fields = [['agreements/', '#header-search'], ['./', '#home-search'], ['search/', '#q']] as const;
  for (const [path, field] of fields) for (const [index, width] of [320, 360, 390, 768, 1024, 1280].entries()) {
    await page.setViewportSize({ width, height: 800 });
    // The page is laid out again at each width; it is loaded once per field.
    if (index === 0) await page.goto(path);
    const fits = await page.locator(field).evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });
    expect(fits, `${path} ${field}, ${width} px`).toBe(true);
  }
});

test('different forms of a word find the same records; «ё» and «е» match', async ({ page }) => {
  const tractor = await titles(page, { q: 'трактор' });
  expect(tractor.some((title) => title.startsWith('Сельское хозяйство'))).toBe(true);
  for (const title of await titles(page, { q: 'тракторов' })) expect(tractor).toContain(title);
  expect(await titles(page, { q: 'Могилёв', Раздел: 'Документ' })).toEqual(await titles(page, { q: 'Могилев', Раздел: 'Документ' }));
  // Every document whose text names the city (any case, with «е» or «ё») is found by every form of its name.
  const city = /(^|[^а-яё])могил[её]в(а|у|ом|е)?([^а-яё]|$)/i;
  const named = content.agreements.filter((doc) => city.test(`${doc.data.title} ${doc.body}`)).map((doc) => doc.data.title);
  expect(named.length).toBeGreaterThan(1);
  for (const form of ['Могилёв', 'Могилев', 'Могилёва', 'Могилеву', 'Могилевом']) {
    const found = await titles(page, { q: form, Раздел: 'Документ' });
    for (const title of named) expect(found, `${form}: ${title}`).toContain(title);
  }
});

test('a person\'s name finds every contact that person took part in', async ({ page }) => {
  for (const id of ['lyakhnovich', 'isachenko', 'golovchenko']) {
    const person = content.people.find((entry) => entry.id === id)!;
    const took = content.contacts.filter((contact) => contact.data.people.some(({ person: ref }) => ref.id === id));
    const found = await paths(page, { q: person.data.surname, Раздел: 'Контакт' });
    for (const contact of took) expect(found, `${person.data.surname}: ${contact.id}`).toContain(contactPath(contact.id));
  }
});

test('a shared URL restores the query, the filters and the same results', async ({ page }) => {
  await page.goto('search/');
  await page.locator('#q').fill('соглашение');
  await page.getByRole('checkbox', { name: /^Брестская область/ }).check();
  await expect(status(page)).toHaveText(/^Найдено/);
  await expect(page).toHaveURL(/q=%D1%81/);
  const shared = page.url();
  const found = (await page.locator('#search-results a.result-title').allTextContents()).sort();

  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.locator('#q')).toHaveValue('соглашение');
  await expect(other.getByRole('checkbox', { name: /^Брестская область/ })).toBeChecked();
  await expect(status(other)).toHaveText(/^Найдено/);
  expect((await other.locator('#search-results a.result-title').allTextContents()).sort()).toEqual(found);
});

test('a script-injection query renders as text and opens no dialog', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)>';
  await search(page, { q: attack });
  await expect(page.locator('#q')).toHaveValue(attack);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the header form of any page lands on the search results', async ({ page }) => {
  await page.goto('sectors/kultura/');
  await page.getByRole('search').getByRole('searchbox').fill('театр');
  await page.getByRole('search').getByRole('button', { name: 'Найти' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(status(page)).toHaveText(/^Найдено/);
  await expect(page.locator('#search-results')).toContainText('Культура');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and links the register, the chronology and the regions', async ({ page }) => {
    await page.goto('search/?q=Витебск');
    await expect(page.getByText('Для поиска по тексту нужен JavaScript')).toBeVisible();
    for (const name of ['Документы', 'Хронология', 'Регионы']) await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
    // The filters and results need the script: without it they stay hidden.
    await expect(page.locator('#search-ui')).toBeHidden();
  });
});
