/** The schematic map: one shape per oblast-level unit of the content, outlines that tile without gaps or overlaps. */
import { describe, expect, it } from 'vitest';
import { SHAPES, outlinePoints, project } from '../../src/pictures/belarus-map';
import { content } from '../helpers/content';

const republic = content.regions.find((region) => !region.data.parent)!;
const oblastLevel = content.regions.filter((region) => region.data.parent?.id === republic.id);
const outlines = Object.entries(SHAPES).flatMap(([id, shape]) => (shape.outline ? [{ id, points: outlinePoints(shape.outline) }] : []));

/** Ray casting: is the point inside the polygon? */
const inside = ([x, y]: [number, number], polygon: [number, number][]) =>
  polygon.reduce((odd, [x1, y1], index) => {
    const [x2, y2] = polygon[(index + 1) % polygon.length]!;
    return (y1 > y) !== (y2 > y) && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1 ? !odd : odd;
  }, false);
const edges = (points: [number, number][]) => points.map((point, index) => `${point}>${points[(index + 1) % points.length]}`);
/** Twice the signed area; positive is clockwise on screen (y grows downwards). */
const area = (points: [number, number][]) =>
  points.reduce((sum, [x1, y1], index) => {
    const [x2, y2] = points[(index + 1) % points.length]!;
    return sum + (x1 * y2 - x2 * y1);
  }, 0);

describe('the map of regions', () => {
  it('has a shape for each oblast and г. Минск of the content, and none for anything else', () => {
    expect(Object.keys(SHAPES).sort()).toEqual(oblastLevel.map((region) => region.id).sort());
  });

  it('draws г. Минск inside Минская область, and every other label inside its own outline only', () => {
    const minsk = project(SHAPES['minsk']!.label);
    expect(outlines.filter(({ points }) => inside(minsk, points)).map(({ id }) => id)).toEqual(['minskaya-oblast']);
    for (const { id } of outlines) {
      const label = project(SHAPES[id]!.label);
      expect(outlines.filter(({ points }) => inside(label, points)).map((outline) => outline.id), id).toEqual([id]);
    }
  });

  it('tiles the country: outlines clockwise, inner borders shared, the rest one closed outer border', () => {
    for (const { id, points } of outlines) expect(area(points), id).toBeGreaterThan(0);
    const all = outlines.flatMap(({ points }) => edges(points));
    // An edge drawn twice the same way would mean two oblasts overlap there.
    expect(all.length).toBe(new Set(all).size);
    const reversed = (edge: string) => edge.split('>').reverse().join('>');
    const outer = new Map(all.filter((edge) => !all.includes(reversed(edge))).map((edge) => edge.split('>') as [string, string]));
    // The edges nobody shares form one ring: no gap between oblasts, no hole inside the country.
    const first = [...outer.keys()][0]!;
    const ring = [first];
    for (let next = outer.get(first); next && next !== first && ring.length <= outer.size; next = outer.get(next)) ring.push(next);
    expect(ring.length).toBe(outer.size);
    expect(outer.get(ring.at(-1)!)).toBe(first);
    expect(all.length - outer.size).toBeGreaterThan(20);
  });
});
