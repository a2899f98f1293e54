/** iCalendar (RFC 5545) text: escaping, folding and all-day events; nothing here knows the content. */

/** An all-day event: the days are ISO dates, `end` the last day (inclusive), as in the content. */
export interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  location?: string | undefined;
  url?: string | undefined;
  categories: string[];
}

/** Commas, semicolons, backslashes and line breaks are escaped in TEXT values. */
const escape = (value: string) => value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');

/** ISO date to the DATE form (20220630). */
const date = (isoDay: string) => isoDay.replaceAll('-', '');

/** The day after an ISO date: DTEND of an all-day event is exclusive. */
export function nextDay(isoDay: string): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A VCALENDAR of all-day events; `stamp` (DTSTAMP) is a fixed day so that the file changes only with the content. */
export function calendar(name: string, stamp: string, events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//astrakhan-belarus//Справочник//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escape(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${date(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${date(event.start)}`,
      `DTEND;VALUE=DATE:${date(nextDay(event.end))}`,
      `SUMMARY;LANGUAGE=ru:${escape(event.summary)}`,
      `DESCRIPTION;LANGUAGE=ru:${escape(event.description)}`,
      ...(event.location ? [`LOCATION;LANGUAGE=ru:${escape(event.location)}`] : []),
      ...(event.url ? [`URL;VALUE=URI:${event.url}`] : []),
      ...(event.categories.length > 0 ? [`CATEGORIES;LANGUAGE=ru:${event.categories.map(escape).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
