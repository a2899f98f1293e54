import { describe, expect, it } from 'vitest';
import { barTotal, busiestYear, contactBars, documentBars, placeBars, seriesTotal, shadeSteps, stepLabel, stepOf, } from '../../src/pictures/charts';
import { yearRange } from '../../src/format/dates';

describe('contactBars', () => {
  it('counts each contact once, in the year it starts, by direction', () => {
    const contacts = [
      { start: '2022-03-23', venue: 'Астраханская область' as const },
      { start: '2022-12-30', venue: 'Республика Беларусь' as const },
      { start: '2023-06-27', venue: 'не указано' as const },
      { start: '2023-09-24', venue: 'видеоконференция' as const },
      { start: '2023-04-02', venue: 'другое место' as const },
    ];
    expect(contactBars(contacts, [2021, 2022, 2023])).toEqual([
      { label: '2021', values: [0, 0, 0] },
      { label: '2022', values: [1, 1, 0] },
      { label: '2023', values: [0, 0, 3] },
    ]);
  });
});

describe('documentBars', () => {
  it('gathers the years before the range into one first bar', () => {
    expect(documentBars([1999, 1999, 2014, 2019, 2021], yearRange(2019, 2021), 'до 2019')).toEqual([
      { label: 'до 2019', values: [3] },
      { label: '2019', values: [1] },
      { label: '2020', values: [0] },
      { label: '2021', values: [1] },
    ]);
  });

  it('has no first bar when no document is older than the range', () => {
    expect(documentBars([2020], [2019, 2020], 'до 2019').map((bar) => bar.label)).toEqual(['2019', '2020']);
  });
});

describe('totals', () => {
  const bars = [{ label: 'до 2019', values: [9, 0] }, { label: '2019', values: [1, 2] }, { label: '2020', values: [3, 0] }, { label: '2021', values: [0, 1] }];

  it('adds up a bar, and a series over the bars', () => {
    expect(bars.map(barTotal)).toEqual([9, 3, 3, 1]);
    expect([seriesTotal(bars, 0), seriesTotal(bars, 1)]).toEqual([13, 3]);
  });

  it('names the busiest single year, the earliest of equals, never a bar of several years', () => {
    expect(busiestYear(bars)?.label).toBe('2019');
    expect(busiestYear([{ label: 'до 2019', values: [1] }])).toBeUndefined();
  });
});

describe('placeBars', () => {
  const frame = { width: 300, height: 130, top: 10, bottom: 20 };
  const { axis, bars } = placeBars([{ label: 'a', values: [2, 0, 3] }, { label: 'b', values: [1, 0, 0] }, { label: 'c', values: [0, 0, 0] }], frame);

  it('makes the tallest bar reach the top of the plot and the others proportional', () => {
    expect(axis).toBe(110);
    expect(bars.map((bar) => bar.total)).toEqual([5, 1, 0]);
    expect(bars.map((bar) => axis - bar.top)).toEqual([100, 20, 0]);
  });

  it('stacks the parts bottom up and leaves out empty ones', () => {
    expect(bars[0]!.segments).toEqual([
      { series: 0, value: 2, y: 70, height: 40 },
      { series: 2, value: 3, y: 10, height: 60 },
    ]);
    expect(bars[2]!.segments).toEqual([]);
  });

  it('spaces the bars evenly and centres them in their slots', () => {
    expect(bars.map((bar) => bar.centre)).toEqual([50, 150, 250]);
    expect(bars[0]!.width).toBeCloseTo(62);
  });
});

describe('shading steps', () => {
  it('splits the counts into zero and three equal steps', () => {
    const steps = shadeSteps(18);
    expect(steps.map(stepLabel)).toEqual(['0', '1–6', '7–12', '13–18']);
    expect([0, 1, 6, 7, 13, 18].map((count) => stepOf(count, steps))).toEqual([0, 1, 1, 2, 3, 3]);
  });

  it('uses fewer steps when the counts are small', () => {
    expect(shadeSteps(2).map(stepLabel)).toEqual(['0', '1', '2']);
    expect(shadeSteps(0).map(stepLabel)).toEqual(['0']);
    expect(shadeSteps(7).map(stepLabel)).toEqual(['0', '1–3', '4–6', '7']);
  });
});
