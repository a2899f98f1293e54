/**
 * The colours of the map and the charts meet WCAG contrast in the light and dark schemes and on paper:
 * text on each shade of the map ≥ 4.5:1, each chart series against the page ≥ 3:1 (axe cannot see SVG fills).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const [light, dark] = tokens.split('@media (prefers-color-scheme: dark)');
const print = readFileSync('src/styles/print.css', 'utf8');

/** The colour custom properties a block of CSS sets, over those of the light scheme. */
const colours = (css: string, over: Record<string, string> = {}) => ({
  ...over,
  ...Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map(([, name, value]) => [name!, value!])),
});
const schemes = { light: colours(light!), dark: colours(dark!, colours(light!)), print: colours(print, colours(light!)) };

const channel = (value: number) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const full = hex.length === 4 ? hex.replace(/\w/g, (digit) => digit + digit) : hex;
  const [r, g, b] = [1, 3, 5].map((at) => channel(parseInt(full.slice(at, at + 2), 16) / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
};

describe.each(Object.entries(schemes))('%s scheme', (_, scheme) => {
  it.each([0, 1, 2, 3])('map shade %i: its text ≥ 4.5:1, its outline ≥ 3:1 against the page', (step) => {
    expect(contrast(scheme[`--shade-${step}-text`]!, scheme[`--shade-${step}`]!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(scheme['--color-text']!, scheme['--color-bg']!)).toBeGreaterThanOrEqual(3);
  });

  it.each(['solid', 'hatch', 'dots', 'tint'])('chart series «%s» ≥ 3:1 against the page', (look) => {
    expect(contrast(scheme[`--series-${look}`]!, scheme['--color-bg']!)).toBeGreaterThanOrEqual(3);
  });
});
