import type { APIRoute, GetStaticPaths } from 'astro';
import { servedFiles } from '../../data/files';
import { getContent } from '../../content';

/** Every file under /data/: each dataset as JSON, CSV and JSON Schema, the contacts as a calendar, the Excel workbook. */
export const getStaticPaths = (async () =>
  (await servedFiles(await getContent(), import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined)).map((file) => ({ params: { file: file.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await servedFiles(await getContent(), site)).find(({ path }) => path === params.file)!;
  return new Response(file.body, { headers: { 'Content-Type': typeof file.body === 'string' ? `${file.type}; charset=utf-8` : file.type } });
};
