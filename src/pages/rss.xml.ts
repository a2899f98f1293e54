import type { APIRoute } from 'astro';
import { rss } from '../lib/feed';
import { getSite } from '../lib/site';

/** New documents and contacts, newest first; advertised in every page's <head>. */
export const GET: APIRoute = async ({ site }) =>
  new Response(rss(await getSite(), site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
