/**
 * A dossier too large for one document in parts: every record in exactly one part, in the briefing's
 * order, and a year of the chronology with more contacts than one document holds in parts by month.
 */
import { describe, expect, it } from 'vitest';
import { BRIEFING_LIMIT, partsOf, partTitle, partWhen } from '../../src/briefing/parts';
import { dossierOf } from '../../src/content/dossier';
import type { ContactEntry } from '../../src/content/relations';
import { related as content } from '../helpers/content';

describe('partsOf', () => {
  it('puts every record of the real briefing in exactly one part, in its order', () => {
    const whole = dossierOf(content);
    const parts = partsOf(whole);
    const ids = (dossier: typeof whole) => [
      ...[...dossier.legalBase, ...dossier.otherAgreements].map(({ id }) => id),
      ...dossier.sectors.flatMap(({ items }) => items.map(({ item }) => item.anchor)),
      ...dossier.years.flatMap(({ contacts }) => contacts.map(({ id }) => id)),
    ];
    expect(parts.flatMap((part) => ids(part.dossier)).sort()).toEqual(ids(whole).sort());
    expect(parts.map(({ kind }) => kind)).toEqual([...parts.map(({ kind }) => kind)].sort((a, b) => ['legal-base', 'documents', 'sector', 'chronology'].indexOf(a) - ['legal-base', 'documents', 'sector', 'chronology'].indexOf(b)));
    for (const part of parts) expect(part.dossier.counts.agreements + part.dossier.counts.contacts + part.dossier.counts.items).toBe(ids(part.dossier).length);
  });

  it('splits a year with more contacts than the limit by month, named by month', () => {
    const contact = (start: string, n: number) => ({ id: `c${n}`, data: { start } }) as unknown as ContactEntry;
    const contacts = Array.from({ length: BRIEFING_LIMIT + 1 }, (_, n) => contact(`2025-${String((n % 3) + 1).padStart(2, '0')}-10`, n));
    const dossier = { ...dossierOf(content), legalBase: [], otherAgreements: [], sectors: [], years: [{ year: 2025, contacts }, { year: 2024, contacts: [contact('2024-05-01', -1)] }] };
    const parts = partsOf(dossier);
    expect(parts.map(({ id }) => id)).toEqual(['2025-01', '2025-02', '2025-03', '2024']);
    const inMonth = (month: string) => contacts.filter(({ data }) => data.start.startsWith(month)).length;
    expect(parts.map((part) => part.dossier.counts.contacts)).toEqual([inMonth('2025-01'), inMonth('2025-02'), inMonth('2025-03'), 1]);
    expect(partTitle(content, parts[1]!)).toBe('Хронология контактов, февраль 2025\u00a0г.');
    expect(parts.map(partWhen)).toEqual(['январь 2025', 'февраль 2025', 'март 2025', '2024']);
  });
});
