import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../data/files';
import { getContent } from '../../content';

/** Every file under /data/: each dataset as JSON, CSV and JSON Schema, and the contacts as a calendar. */
export const getStaticPaths = (async () =>
  dataFiles(await getContent(), import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined).map((file) => ({ params: { file: file.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = dataFiles(await getContent(), site).find(({ path }) => path === params.file)!;
  return new Response(file.body, { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
};
