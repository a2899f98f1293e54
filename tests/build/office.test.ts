/**
 * The Word files (/files/) and the Excel workbook, opened with real parsers: mammoth reads every .docx
 * (its headings, numbered items, tables and footnotes), jszip its footer's page numbers; every statement
 * of the selection is there in the content's wording; LibreOffice converts them to PDF (pages counted).
 */
import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { EVERYTHING } from '../../src/briefing/selection';
import { dossierOf, dossierRegions, type Dossier } from '../../src/content/dossier';
import { typeset } from '../../src/format/typography';
import { DIST } from '../helpers/built';
import { related as content } from '../helpers/content';

const FILES = join(DIST, 'files');
const work = mkdtempSync(join(tmpdir(), 'office-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text to compare: the site's typography, any space as one. */
const words = (text: string) => typeset(text).replace(/\s+/g, ' ').trim();
const docx = (path: string) => readFileSync(join(FILES, path));
const textOf = async (path: string) => words((await mammoth.extractRawText({ buffer: docx(path) })).value);
const htmlOf = async (path: string) => (await mammoth.convertToHtml({ buffer: docx(path) })).value;

/** Every statement a dossier holds: its documents', items' and contacts' texts. */
const statements = (dossier: Dossier) => [
  ...[...dossier.legalBase, ...dossier.otherAgreements].map((doc) => doc.body ?? ''),
  ...dossier.sectors.flatMap(({ items }) => items.flatMap(({ item, subitems }) => [item, ...subitems].map(({ data }) => data.text))),
  ...dossier.years.flatMap(({ contacts }) => contacts.map((contact) => contact.body ?? '')),
];

const dossiers = [
  ['spravka.docx', dossierOf(content)] as const,
  ...dossierRegions(content).map(({ region, dossier }) => [`regions/${region.id}.docx`, dossier] as const),
];

describe('the Word files', () => {
  it('are one for the briefing, each sector and each region with a dossier', () => {
    const made = globSync('**/*.docx', { cwd: FILES }).sort();
    expect(made).toEqual([...dossiers.map(([path]) => path), ...content.sectors.map((sector) => `sectors/${sector.id}.docx`)].sort());
  });

  it.each(dossiers.map(([path, dossier]) => [path, dossier]))('%s holds every statement of its selection, with its counts and the date line', async (path, dossier) => {
    const text = await textOf(path);
    for (const statement of statements(dossier)) expect(text, statement.slice(0, 60)).toContain(words(statement));
    expect(text).toMatch(new RegExp(`${dossier.counts.agreements} документ\\S*, ${dossier.counts.contacts} контакт\\S*, ${dossier.counts.items} пункт`));
    expect(text).toContain('Дата справки не указана; последнее событие в ней');
  });

  it.each(content.sectors.map((sector) => [sector.id, sector]))('sectors/%s.docx holds the items, the documents\' table and the contacts', async (id, sector) => {
    const text = await textOf(`sectors/${id}.docx`);
    for (const { item, subitems } of content.itemsOf(id)) for (const { data } of [item, ...subitems]) expect(text).toContain(words(data.text));
    for (const doc of content.agreementsOf(id)) expect(text).toContain(words(doc.data.title));
    for (const contact of content.contactsOf(id)) expect(text).toContain(words(contact.data.title));
    const html = await htmlOf(`sectors/${id}.docx`);
    expect(html).toMatch(/^<h1>/);
    if (content.agreementsOf(id).length) expect(html).toContain('<table>');
    expect(text).toContain(words(sector.data.title));
  });

  it('give the editors\' bases as footnotes', async () => {
    const html = await htmlOf('regions/mogilevskaya-oblast.docx');
    const dossier = dossierOf(content, { ...EVERYTHING, region: 'mogilevskaya-oblast' });
    const marked = [...dossier.legalBase, ...dossier.otherAgreements].flatMap((doc) => doc.data.regions).filter((ref) => ref.basis);
    expect(marked.length).toBeGreaterThan(0);
    const notes = words(html.replace(/<[^>]+>/g, ' '));
    for (const { basis } of marked) expect(notes).toContain(words(`в справке не указано; по данным редакции: ${basis!}`));
    expect(html).toMatch(/<a href="#footnote-1" id="footnote-ref-1">\[1\]<\/a>/);
  });

  it('number their pages («Стр. N из M») and carry the running header', async () => {
    for (const path of ['spravka.docx', 'sectors/kultura.docx']) {
      const zip = await JSZip.loadAsync(docx(path));
      const footer = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
      expect(footer.join(''), path).toMatch(/PAGE[\s\S]*NUMPAGES/);
      expect(footer.join(''), path).toContain('Стр.');
      const header = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
      expect(header.join(''), path).toContain('Справочная информация');
    }
  });
});

describe('LibreOffice', () => {
  it('opens the Word files and the workbook and prints them to PDF', async () => {
    const inputs = [
      ...content.sectors.map((sector) => join(FILES, `sectors/${sector.id}.docx`)),
      ...['mogilevskaya-oblast', 'brestskaya-oblast', 'vitebskaya-oblast'].map((id) => join(FILES, `regions/${id}.docx`)),
      join(FILES, 'spravka.docx'),
      join(DIST, 'data/spravochnik.xlsx'),
    ];
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...inputs], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    const pages: Record<string, number> = {};
    for (const input of inputs) {
      const pdf = join(work, basename(input).replace(/\.\w+$/, '.pdf'));
      pages[basename(input)] = (await getDocumentProxy(new Uint8Array(readFileSync(pdf)))).numPages;
    }
    for (const sector of content.sectors) expect(pages[`${sector.id}.docx`], sector.id).toBeLessThanOrEqual(2);
    for (const [name, count] of Object.entries(pages)) expect(count, name).toBeGreaterThan(0);
    console.log('Страниц после LibreOffice:', JSON.stringify(pages));
  });
});
