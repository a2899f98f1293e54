/**
 * The numbers and the geometry behind the bar charts: contacts per year by direction, documents per
 * year, and stacked bars laid out in SVG units. Plain data in, plain data out, so it is unit-tested.
 */
import { yearOf } from '../format/dates';
import type { VENUES } from '../content/schemas/contact';

/** The directions of the contacts chart, in the order the bars stack them (bottom first). */
export const DIRECTIONS = ['astrakhan', 'belarus', 'elsewhere'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Where each venue goes on the chart: the two countries, and everything else together. */
export const DIRECTION_OF: Record<(typeof VENUES)[number], Direction> = {
  'Астраханская область': 'astrakhan',
  'Республика Беларусь': 'belarus',
  видеоконференция: 'elsewhere',
  'другое место': 'elsewhere',
  'не указано': 'elsewhere',
};

/** One bar: its label under the axis and one value per series, stacked bottom up. */
export interface Bar {
  label: string;
  values: number[];
}


/** Contacts per year of their first day, split by direction; a contact spanning two years counts once. */
export function contactBars(contacts: readonly { start: string; venue: keyof typeof DIRECTION_OF }[], years: readonly number[]): Bar[] {
  return years.map((year) => {
    const inYear = contacts.filter((contact) => yearOf(contact.start) === year);
    return { label: String(year), values: DIRECTIONS.map((direction) => inYear.filter((contact) => DIRECTION_OF[contact.venue] === direction).length) };
  });
}

/**
 * Documents per year over `years`; documents of earlier years share one first bar, labelled
 * `earlierLabel`, which appears only when there are such documents.
 */
export function documentBars(documentYears: readonly number[], years: readonly number[], earlierLabel: string): Bar[] {
  const first = years[0] ?? Infinity;
  const earlier = documentYears.filter((year) => year < first).length;
  return [
    ...(earlier > 0 ? [{ label: earlierLabel, values: [earlier] }] : []),
    ...years.map((year) => ({ label: String(year), values: [documentYears.filter((value) => value === year).length] })),
  ];
}

/** The sum of a bar's values. */
export const barTotal = (bar: Bar): number => bar.values.reduce((sum, value) => sum + value, 0);

/** The sum of one series over the bars. */
export const seriesTotal = (bars: readonly Bar[], series: number): number => bars.reduce((sum, bar) => sum + (bar.values[series] ?? 0), 0);

/** The bar of a single year (not a bar of several) with the largest total; the earliest of equals. */
export const busiestYear = (bars: readonly Bar[]): Bar | undefined =>
  bars.filter((bar) => /^\d{4}$/.test(bar.label)).reduce<Bar | undefined>((best, bar) => (!best || barTotal(bar) > barTotal(best) ? bar : best), undefined);

/** The chart's frame in SVG units: the whole picture and the room kept for the labels around the bars. */
export interface Frame {
  width: number;
  height: number;
  /** Room above the tallest bar, for its total. */
  top: number;
  /** Room below the axis, for the bar labels. */
  bottom: number;
}

export interface Segment {
  series: number;
  value: number;
  y: number;
  height: number;
}

export interface PlacedBar extends Bar {
  total: number;
  x: number;
  width: number;
  /** Top of the stack (the axis where the total is 0). */
  top: number;
  /** Horizontal centre, for the labels. */
  centre: number;
  /** Segments with a value above 0, bottom up. */
  segments: Segment[];
}

/** Bars side by side on a common axis, each as tall as its total, its segments stacked bottom up. */
export function placeBars(bars: readonly Bar[], frame: Frame, fill = 0.62): { axis: number; bars: PlacedBar[] } {
  const axis = frame.height - frame.bottom;
  const totals = bars.map(barTotal);
  const unit = (axis - frame.top) / Math.max(1, ...totals);
  const slot = frame.width / Math.max(1, bars.length);
  const width = slot * fill;
  const placed = bars.map((bar, index) => {
    let base = axis;
    const segments = bar.values.flatMap((value, series) => {
      if (value === 0) return [];
      base -= value * unit;
      return [{ series, value, y: base, height: value * unit }];
    });
    const x = index * slot + (slot - width) / 2;
    return { ...bar, total: totals[index]!, x, width, top: base, centre: x + width / 2, segments };
  });
  return { axis, bars: placed };
}

/** A step of shading: counts from `from` to `to`, both included. */
export interface Step {
  from: number;
  to: number;
}

/** Zero, then `count` equal steps up to `max`: 18 gives 0, 1–6, 7–12, 13–18. Fewer steps when `max` is small. */
export function shadeSteps(max: number, count = 3): Step[] {
  const steps = Math.min(count, max);
  const width = steps > 0 ? Math.ceil(max / steps) : 0;
  return [{ from: 0, to: 0 }, ...Array.from({ length: steps }, (_, index) => ({ from: index * width + 1, to: Math.min(max, (index + 1) * width) }))].filter(
    (step) => step.from <= step.to,
  );
}

/** The index of the step a count falls in. */
export const stepOf = (count: number, steps: readonly Step[]): number => steps.findIndex((step) => count >= step.from && count <= step.to);

/** «0», «5», «7–12». */
export const stepLabel = ({ from, to }: Step): string => (from === to ? String(from) : `${from}–${to}`);
