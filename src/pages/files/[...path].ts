import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../content';
import { WORD_TYPE, wordFiles } from '../../documents/files';

/** /files/…: the Word files made at build time (src/documents/files.ts). */
export const getStaticPaths = (async () => [...(await wordFiles(await getContent())).keys()].map((path) => ({ params: { path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = (await wordFiles(await getContent())).get(params.path!)!;
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': WORD_TYPE } });
};
