/** An RSS 2.0 feed: documents and contacts, newest first. */
import type { Site } from './site';
import { agreementHref, contactHref, fileHref, href } from './urls';
import { openData as text, site as siteText } from './strings';

interface FeedItem {
  title: string;
  url: string;
  description: string;
  category: string;
  /** The day the item is dated by: a contact's first day, a document's signing contact; absent if the source gives none. */
  day?: string | undefined;
  /** Sort key, newest first: the day, or for a document without one its year (after the dated items of that year). */
  key: string;
}

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

/** RFC 822 date, as RSS wants it: «Thu, 30 Jun 2022 00:00:00 GMT». */
const rfc822 = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).toUTCString();

/** The feed's items, newest first. */
export function feedItems(site: Site, origin: URL): FeedItem[] {
  const absolute = (path: string) => new URL(path, origin).href;
  const items: FeedItem[] = [
    ...site.chronology.map((contact) => ({
      title: contact.data.title,
      url: absolute(contactHref(contact.id)),
      description: contact.body ?? '',
      category: text.feedCategory.contact,
      day: contact.data.start,
      key: contact.data.start,
    })),
    ...site.agreements.map((doc) => {
      // Signed at a contact: dated by that contact's first day, as the chronology dates it.
      const day = site.signedAt(doc.id)?.data.start;
      return {
        title: doc.data.title,
        url: absolute(agreementHref(doc.id)),
        description: doc.body ?? '',
        category: text.feedCategory.agreement,
        day,
        key: day ?? String(doc.data.year),
      };
    }),
  ];
  // «2024» sorts before «2024-01-01», so undated documents follow the dated items of their year.
  return items.sort((a, b) => b.key.localeCompare(a.key) || a.title.localeCompare(b.title, 'ru'));
}

export function rss(site: Site, origin: URL): string {
  const items = feedItems(site, origin);
  const self = new URL(fileHref('rss.xml'), origin).href;
  const entries = items.map(
    (item) => `    <item>
      <title>${escape(item.title)}</title>
      <link>${escape(item.url)}</link>
      <guid isPermaLink="true">${escape(item.url)}</guid>
      <description>${escape(item.description)}</description>
      <category>${escape(item.category)}</category>${item.day ? `\n      <pubDate>${rfc822(item.day)}</pubDate>` : ''}
    </item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escape(`${siteText.title}: ${text.feedTitle}`)}</title>
    <link>${escape(new URL(href(), origin).href)}</link>
    <description>${escape(text.feedDescription)}</description>
    <language>ru</language>
    <lastBuildDate>${rfc822(site.asOf)}</lastBuildDate>
    <atom:link href="${escape(self)}" rel="self" type="application/rss+xml"/>
${entries.join('\n')}
  </channel>
</rss>
`;
}
