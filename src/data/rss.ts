/** An RSS 2.0 feed: documents and contacts, newest first. */
import type { Site } from '../content/relations';
import { addressOf, agreementHref, contactHref, fileHref, href } from '../routing/urls';
import { openData as text, site as siteText } from '../i18n/ru';

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
export function feedItems(site: Site, origin: URL | undefined): FeedItem[] {
  const absolute = (path: string) => addressOf(path, origin);
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
      // Dated only by a one-day contact the source says it was signed at: a day of a longer visit, or a
      // signing the editors identify, would be a precision the source does not give.
      const signed = site.signedAt(doc.id);
      const oneDay = signed && signed.basis === undefined && (signed.contact.data.end ?? signed.contact.data.start) === signed.contact.data.start;
      const day = oneDay ? signed.contact.data.start : undefined;
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

export function rss(site: Site, origin: URL | undefined): string {
  const items = feedItems(site, origin);
  const self = addressOf(fileHref('rss.xml'), origin);
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
    <link>${escape(addressOf(href(), origin))}</link>
    <description>${escape(text.feedDescription)}</description>
    <language>ru</language>
    <lastBuildDate>${rfc822(site.latestDay)}</lastBuildDate>
    <atom:link href="${escape(self)}" rel="self" type="application/rss+xml"/>
${entries.join('\n')}
  </channel>
</rss>
`;
}
