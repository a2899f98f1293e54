import type { APIRoute } from 'astro';
import { contentDir } from '../content/files';
import { readEditions } from '../editions';

/** The briefing itself, its current edition, as the site was built from it. */
export const GET: APIRoute = () =>
  new Response(readEditions(contentDir).editions.at(-1)!.text, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
