/**
 * The search index's step of the build (src/integrations/pagefind.ts), driven through its hooks as
 * Astro drives them, around a stand-in for Astro's prerenderer: the records are rendered before any
 * page, never handed on to be written, and indexed by the time the build is done.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import pagefind from '../../src/integrations/pagefind';
import type { SearchRecord } from '../../src/search/records';
import type { VocabularyFile } from '../../src/search/vocabulary';

type Hooks = Required<AstroIntegration['hooks']>;
type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

const records: SearchRecord[] = [
  { url: '/agreements/a/', title: 'Соглашение о сотрудничестве', text: 'Соглашение о сотрудничестве\nс Витебской областью', filters: { Раздел: ['Документы'] }, date: '2019' },
  { url: '/chronology/b/', title: 'Визит в Минск', text: 'Визит в Минск', filters: { Раздел: ['Контакты'] } },
];

/** A route as Astro's prerenderer lists it: only what the integration reads of it. */
const route = (pathname: string) => ({ pathname, route: { route: pathname } }) as unknown as PathWithRoute;

/** Astro's prerenderer, standing in: it lists `paths` and answers the records route with `records`. */
function astroPrerenderer(paths: PathWithRoute[], rendered: string[]): AstroPrerenderer {
  return {
    name: 'astro',
    getStaticPaths: async () => paths,
    render: async (request, { routeData }) => {
      rendered.push(new URL(request.url).pathname);
      if (routeData.route !== '/search/records.json') throw new Error(`a page rendered before the build asked for it: ${routeData.route}`);
      return Response.json(records);
    },
  };
}

const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) };
let outDir = '';
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

/** Runs the integration's hooks up to the pages' paths; returns the prerenderer Astro would use and the done hook. */
async function buildWith(paths: PathWithRoute[], rendered: string[]) {
  outDir = mkdtempSync(join(tmpdir(), 'pagefind-'));
  const { hooks } = pagefind() as { hooks: Hooks };
  await hooks['astro:config:done']({ config: { outDir: pathToFileURL(`${outDir}/`) } } as never);
  let prerenderer: AstroPrerenderer | undefined;
  const setPrerenderer: Parameters<Hooks['astro:build:start']>[0]['setPrerenderer'] = (set) => {
    prerenderer = typeof set === 'function' ? set(astroPrerenderer(paths, rendered)) : set;
  };
  await hooks['astro:build:start']({ logger, setPrerenderer } as never);
  return { prerenderer: prerenderer!, done: () => hooks['astro:build:done']({ logger } as never) };
}

describe('the search index step of the build', () => {
  it('renders the records before any page, leaves them out of the pages to write, and has the index by the end', async () => {
    const rendered: string[] = [];
    const pages = [route('/'), route('/agreements/a/'), route('/chronology/b/')];
    const { prerenderer, done } = await buildWith([pages[0]!, route('/search/records.json'), ...pages.slice(1)], rendered);
    expect(await prerenderer.getStaticPaths()).toEqual(pages);
    expect(rendered).toEqual(['/search/records.json']);
    await done();
    expect(readdirSync(join(outDir, 'pagefind', 'fragment'))).toHaveLength(records.length);
    expect(existsSync(join(outDir, 'search', 'records.json'))).toBe(false);
    const words = (JSON.parse(readFileSync(join(outDir, 'search', 'words.json'), 'utf8')) as VocabularyFile).map(([word]) => word);
    expect(words).toEqual(expect.arrayContaining(['Витебской', 'Минск']));
    expect(logged.at(-1)).toMatch(/^записей в индексе: 2 за [\d.]+ с, пока строились страницы; сборка ждала индекс [\d.]+ с$/);
  });

  it('stops the build, naming the route, when the site has no records route', async () => {
    const { prerenderer, done } = await buildWith([route('/')], []);
    await expect(prerenderer.getStaticPaths()).rejects.toThrow('/search/records.json');
    await expect(done()).rejects.toThrow('индекс поиска не строился');
  });
});
