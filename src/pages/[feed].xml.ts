import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../content';
import { feedItems } from '../data/rss';
import { openData as text, publication } from '../i18n/ru';
import { fileHref, href } from '../routing/urls';

/** /rss.xml. A feed needs full addresses: it is published only when the site's origin (SITE_URL) is known. */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

/** New documents and contacts, newest first; advertised in every page's <head>. */
export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  const self = new URL(fileHref('rss.xml'), site).href;
  return rss({
    title: `${publication.title}: ${text.feedTitle}`,
    description: text.feedDescription,
    site: new URL(href(), site).href,
    items: feedItems(content),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed changes only with the content: its date is the latest day the briefing speaks of.
    customData: [
      '<language>ru</language>',
      `<lastBuildDate>${new Date(`${content.latestDay}T00:00:00Z`).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    trailingSlash: true,
  });
};
