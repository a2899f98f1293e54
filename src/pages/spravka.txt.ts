import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { contentDir } from '../content/files';

/** The briefing itself, as the site was built from it. */
export const GET: APIRoute = async () =>
  new Response(await readFile(`${contentDir}/source/spravka.txt`, 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
