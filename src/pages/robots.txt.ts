import type { APIRoute } from 'astro';
import { fileHref } from '../routing/urls';

/** Everything may be indexed; the sitemap, built only where the origin is known (SITE_URL), lists every page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(fileHref('sitemap-index.xml'), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
