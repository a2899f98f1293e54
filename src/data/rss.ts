/** The feed of documents and contacts, newest first, for `@astrojs/rss`: published only where the origin is known. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Content } from '../content/relations';
import { openData as text } from '../i18n/ru';
import { agreementHref, contactHref } from '../routing/urls';

/** A feed item and its sort key: its day, or for a document without one its year (after the dated items of that year). */
type Keyed = RSSFeedItem & { key: string };

export function feedItems(content: Content): RSSFeedItem[] {
  const date = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);
  const items: Keyed[] = [
    ...content.contacts.map((contact) => ({
      title: contact.data.title,
      link: contactHref(contact.id),
      description: contact.body ?? '',
      categories: [text.feedCategory.contact],
      pubDate: date(contact.data.start),
      key: contact.data.start,
    })),
    ...content.agreements.map((doc) => {
      // Dated only by a one-day contact the source says it was signed at: a day of a longer visit, or a
      // signing the editors identify, would be a precision the source does not give.
      const signed = content.signedAt(doc.id);
      const oneDay = signed && signed.basis === undefined && (signed.contact.data.end ?? signed.contact.data.start) === signed.contact.data.start;
      const day = oneDay ? signed.contact.data.start : undefined;
      return {
        title: doc.data.title,
        link: agreementHref(doc.id),
        description: doc.body ?? '',
        categories: [text.feedCategory.agreement],
        ...(day && { pubDate: date(day) }),
        key: day ?? String(doc.data.year),
      };
    }),
  ];
  // «2024» sorts before «2024-01-01», so undated documents follow the dated items of their year.
  return items.sort((a, b) => b.key.localeCompare(a.key) || (a.title ?? '').localeCompare(b.title ?? '', 'ru')).map(({ key: _, ...item }) => item);
}
