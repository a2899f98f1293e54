import type { APIRoute } from 'astro';

/** Everything may be indexed; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', new URL(import.meta.env.BASE_URL, site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
