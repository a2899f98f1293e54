import type { APIRoute } from 'astro';
import { rss } from '../data/rss';
import { getSite } from '../content/relations';

/** New documents and contacts, newest first; advertised in every page's <head>. */
export const GET: APIRoute = async ({ site }) =>
  new Response(rss(await getSite(), site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
