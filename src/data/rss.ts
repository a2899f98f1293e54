/** The feed of documents and contacts, newest first, for `@astrojs/rss`: published only where the origin is known. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Content } from '../content/relations';
import { editions, openData as text } from '../i18n/ru';
import { agreementHref, contactHref } from '../routing/urls';

/** A feed item and its sort key: its day, or for a document without one its year (after the dated items of that year). */
type Keyed = RSSFeedItem & { key: string };

/**
 * The feed carries the latest items, as feeds do: a reader's app fetches it again and again, and at
 * 10,000 entries the whole would be megabytes each time. The real briefing's 60 fit with room; the
 * whole is in the open data and the calendar.
 */
export const FEED_ITEMS = 100;

const date = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/**
 * A document or contact whose text an edition of the briefing changed, dated by the edition: the old
 * and the new wording. Linked to the entry's line on the edition (`#edition-N`), so each change is an
 * item of its own beside the entry's.
 */
function changedItems(content: Content): Keyed[] {
  return content.editions.transitions.flatMap(({ edition, comparison }) => {
    if (!edition.date) return [];
    return comparison.changed.flatMap((change) =>
      content.editions.quotedBy(change.new.text).flatMap((quoting): Keyed[] => {
        const entry = 'agreement' in quoting ? { link: agreementHref(quoting.agreement.id), title: quoting.agreement.data.title, category: text.feedCategory.agreement }
          : 'contact' in quoting ? { link: contactHref(quoting.contact.id), title: quoting.contact.data.title, category: text.feedCategory.contact }
          : undefined;
        if (!entry) return [];
        return [{
          title: editions.feedChanged(edition.number, entry.title),
          link: `${entry.link}#edition-${edition.number}`,
          description: `${editions.before}: ${change.old.text}\n${editions.after}: ${change.new.text}`,
          categories: [entry.category],
          pubDate: date(edition.date!),
          key: edition.date!,
        }];
      }),
    );
  });
}

export function feedItems(content: Content): RSSFeedItem[] {
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
    ...changedItems(content),
  ];
  // «2024» sorts before «2024-01-01», so undated documents follow the dated items of their year.
  return items
    .sort((a, b) => b.key.localeCompare(a.key) || (a.title ?? '').localeCompare(b.title ?? '', 'ru'))
    .slice(0, FEED_ITEMS)
    .map(({ key: _, ...item }) => item);
}
