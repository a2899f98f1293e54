/**
 * The Word files made at build time, at stable addresses under /files/: the whole briefing, each
 * sector summary, each region's dossier. Made once per build (the pages that offer them show their size).
 */
import type { Content } from '../content/relations';
import { dossierOf, dossierRegions } from '../content/dossier';
import { briefing, publication } from '../i18n/ru';
import { fileHref } from '../routing/urls';
import { dossierDocument, sectorDocument, type OfficeDocument } from './model';
import { toDocx } from './word';

export const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A Word file as a page offers it. */
export interface WordFile {
  href: string;
  bytes: number;
}

/** Every Word file by its path under /files/: spravka.docx, sectors/<id>.docx, regions/<id>.docx. */
function documents(content: Content): Map<string, OfficeDocument> {
  return new Map<string, OfficeDocument>([
    ['spravka.docx', dossierDocument(content, dossierOf(content), publication.subtitle)],
    ...content.sectors.map((sector): [string, OfficeDocument] => [`sectors/${sector.id}.docx`, sectorDocument(content, sector)]),
    ...dossierRegions(content).map(({ region, dossier }): [string, OfficeDocument] => [
      `regions/${region.id}.docx`,
      dossierDocument(content, dossier, briefing.dossierTitle(region.data.name)),
    ]),
  ]);
}

const made = new WeakMap<Content, Promise<Map<string, Buffer>>>();

/** The files' bytes, made once per content. */
export function wordFiles(content: Content): Promise<Map<string, Buffer>> {
  let files = made.get(content);
  if (!files) {
    const date = new Date(`${content.latestDay}T00:00:00Z`);
    files = Promise.all([...documents(content)].map(async ([path, document]) => [path, await toDocx(document, date)] as const)).then((entries) => new Map(entries));
    made.set(content, files);
  }
  return files;
}

/** The Word file at `path` (under /files/) with its address and size. */
export async function wordFile(content: Content, path: string): Promise<WordFile> {
  const body = (await wordFiles(content)).get(path);
  if (!body) throw new Error(`нет файла Word files/${path}`);
  return { href: fileHref(`files/${path}`), bytes: body.length };
}
