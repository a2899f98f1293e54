import { describe, expect, it } from 'vitest';
import { formatAsOf, formatDate, formatDateRange } from '../../src/format/dates';
import { content } from '../helpers/content';

// The source writes cross-month ranges without spaces around the dash («30 июня–1 июля»);
// we set them with spaces, as Russian typography asks. Compare with the spacing folded.
const foldDashes = (text: string) => text.replace(/\s*–\s*/g, '–').replace(/\s+/g, ' ');

describe('Russian dates', () => {
  it('writes the ranges the issue names', () => {
    expect(formatDateRange('2022-06-30', '2022-07-01')).toBe('30 июня – 1 июля 2022 г.');
    expect(formatDateRange('2019-07-15', '2019-07-17')).toBe('15–17 июля 2019 г.');
    expect(formatDateRange('2024-07-03')).toBe('3 июля 2024 г.');
  });

  it('writes a range across years with both years', () => {
    expect(formatDateRange('2024-12-30', '2025-01-02')).toBe('30 декабря 2024 г. – 2 января 2025 г.');
  });

  it('writes a one-day range as one day', () => {
    expect(formatDateRange('2025-05-02', '2025-05-02')).toBe(formatDate('2025-05-02'));
  });

  it.each(content.contacts.map((entry) => [entry.id, entry]))('%s: the date matches the source bullet', (_id, entry) => {
    const text = formatDateRange(entry.data.start, entry.data.end);
    expect(foldDashes(entry.body).startsWith(foldDashes(text)), `${text} / ${entry.body.slice(0, 40)}`).toBe(true);
  });

  it('writes a figure\'s «as of» for a day, a year and an academic year', () => {
    expect(formatAsOf('2025-01-01')).toBe('на 1 января 2025 г.');
    expect(formatAsOf('2024')).toBe('за 2024 г.');
    expect(formatAsOf('2024/2025')).toBe('в 2024/2025 учебном году');
  });
});
