/** The calendar's own line folding gives exactly what ical-generator's foldLines gives, the calendar's bytes staying the same. */
import { foldLines as libraryFold } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/data/ics';

const long = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('foldLines', () => {
  it.each([
    ['an empty text', ''],
    ['short lines', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'],
    ['a line of exactly 74 octets, and of 75', `${long('a', 74)}\r\n${long('a', 75)}`],
    ['a long Latin line', `DESCRIPTION:${long('abc ', 400)}`],
    ['a long Cyrillic line (two octets a letter)', `SUMMARY:${long('Визит делегации Могилёвской области ', 500)}`],
    ['three-octet characters across the limit', `X:${long('a№—', 200)}`],
    ['emoji (surrogate pairs, four octets)', `X:${long('😀a', 120)}`],
    ['a lone high surrogate, a lone low surrogate', `X:${long('ab\ud800c\udc00d', 160)}`],
    ['a high surrogate at a line end', `X:${long('я', 73)}\ud83d\r\nNEXT`],
  ])('%s', (_, text) => {
    expect(foldLines(text)).toBe(libraryFold(text));
  });
});
