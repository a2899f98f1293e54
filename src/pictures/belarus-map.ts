/**
 * A schematic map of Belarus's six oblasts and the city of Minsk, drawn for this site: each oblast
 * is a simplified outline through a few points of rough longitude and latitude, and neighbouring
 * oblasts share their border points, so the borders meet exactly. Not survey data; no licence needed.
 */

type LonLat = readonly [lon: number, lat: number];

/** Border points. Outer border clockwise from the northern tip; then the points where oblasts meet. */
const POINTS = {
  // Outer border: Russia (north-east and east), Ukraine (south), Poland (west), Lithuania and Latvia (north-west).
  n1: [28.15, 56.17], n2: [29.1, 55.97], n3: [30.2, 55.85], n4: [30.95, 55.6], n5: [30.85, 55.1],
  e1: [31.8, 54.2], e2: [32.3, 53.85], e3: [32.75, 53.4], e4: [31.9, 52.7], e5: [31.75, 52.1],
  s1: [30.8, 51.9], s2: [30.55, 51.27], s3: [29.8, 51.45], s4: [29.1, 51.4], s5: [28.3, 51.55],
  s6: [26.8, 51.8], s7: [25.9, 51.92], s8: [24.9, 51.9], s9: [24.2, 51.7], s10: [23.6, 51.5],
  w1: [23.65, 52.05], w2: [23.2, 52.25], w3: [23.9, 53.2], w4: [23.55, 53.6],
  l1: [24.45, 53.92], l2: [25.1, 54.15], l3: [25.55, 54.3], l4: [25.75, 54.6], l5: [25.85, 54.9],
  l6: [26.6, 55.68], l7: [27.5, 55.85],
  // Where the outer border meets an inner one.
  vmr: [31.15, 54.65], mgr: [32.15, 53.05], bgu: [27.65, 51.6], bgp: [23.75, 52.7], glp: [23.5, 53.93], gvl: [26.4, 55.1],
  // Where three oblasts meet.
  gvm: [26.6, 54.95], vmm: [29.35, 54.25], gmb: [26.35, 53.3], mbg: [27.6, 52.5], mmg: [28.45, 52.8],
  // Inner borders: Vitebsk–Minsk, Vitebsk–Mogilev, Grodno–Minsk, Grodno–Brest, Minsk–Brest, Brest–Gomel,
  // Minsk–Gomel, Minsk–Mogilev, Mogilev–Gomel.
  vm1: [27.3, 54.95], vm2: [28.0, 54.65], vm3: [28.8, 54.55], vg1: [30.2, 54.4],
  gm1: [26.3, 54.45], gm2: [26.15, 54.0], gm3: [26.35, 53.6], gb1: [25.5, 53.0], gb2: [24.7, 52.95], gb3: [24.1, 52.8],
  mb1: [26.8, 52.95], mb2: [27.3, 52.65], bg1: [27.45, 52.1], mgm1: [28.1, 52.7],
  mm1: [28.55, 53.3], mm2: [29.0, 53.55], mm3: [29.3, 53.95], mg1: [29.3, 52.95], mg2: [30.0, 53.25], mg3: [30.7, 53.1], mg4: [31.4, 53.15],
} as const satisfies Record<string, LonLat>;

type Point = keyof typeof POINTS;

/** A shape of the map: an oblast's outline (clockwise), or the city of Minsk as a badge at its place. */
export interface MapShape {
  outline?: readonly Point[];
  /** Where its name and count are written (for Minsk, the badge's centre). */
  label: LonLat;
}

/** The shapes by region id (content/regions/); the map draws the oblasts first and Minsk on top. */
export const SHAPES: Record<string, MapShape> = {
  'vitebskaya-oblast': {
    outline: ['n1', 'n2', 'n3', 'n4', 'n5', 'vmr', 'vg1', 'vmm', 'vm3', 'vm2', 'vm1', 'gvm', 'gvl', 'l6', 'l7'],
    label: [28.9, 55.3],
  },
  'mogilevskaya-oblast': {
    outline: ['vmr', 'e1', 'e2', 'e3', 'mgr', 'mg4', 'mg3', 'mg2', 'mg1', 'mmg', 'mm1', 'mm2', 'mm3', 'vmm', 'vg1'],
    label: [30.6, 53.75],
  },
  'gomelskaya-oblast': {
    outline: ['mgr', 'e4', 'e5', 's1', 's2', 's3', 's4', 's5', 'bgu', 'bg1', 'mbg', 'mgm1', 'mmg', 'mg1', 'mg2', 'mg3', 'mg4'],
    label: [29.6, 52.2],
  },
  'brestskaya-oblast': {
    outline: ['bgu', 's6', 's7', 's8', 's9', 's10', 'w1', 'w2', 'bgp', 'gb3', 'gb2', 'gb1', 'gmb', 'mb1', 'mb2', 'mbg', 'bg1'],
    label: [25.3, 52.4],
  },
  'grodnenskaya-oblast': {
    outline: ['bgp', 'w3', 'w4', 'glp', 'l1', 'l2', 'l3', 'l4', 'l5', 'gvl', 'gvm', 'gm1', 'gm2', 'gm3', 'gmb', 'gb1', 'gb2', 'gb3'],
    label: [24.85, 53.55],
  },
  'minskaya-oblast': {
    outline: ['gvm', 'vm1', 'vm2', 'vm3', 'vmm', 'mm3', 'mm2', 'mm1', 'mmg', 'mgm1', 'mbg', 'mb2', 'mb1', 'gmb', 'gm3', 'gm2', 'gm1'],
    label: [27.6, 53.2],
  },
  minsk: { label: [27.56, 53.9] },
};

// An equirectangular projection at Belarus's middle latitude: 100 units a degree of latitude.
const SCALE = 100;
const LON_SCALE = SCALE * Math.cos((53.75 * Math.PI) / 180);
const PAD = 12;
const all = Object.values(POINTS);
const west = Math.min(...all.map(([lon]) => lon));
const north = Math.max(...all.map(([, lat]) => lat));

const round = (value: number) => Math.round(value * 10) / 10;

/** SVG coordinates of a longitude and latitude. */
export const project = ([lon, lat]: LonLat): [x: number, y: number] => [
  round(PAD + (lon - west) * LON_SCALE),
  round(PAD + (north - lat) * SCALE),
];

/** The picture's viewBox: every point with a margin. */
export const VIEW_BOX = (() => {
  const [width, height] = project([Math.max(...all.map(([lon]) => lon)), Math.min(...all.map(([, lat]) => lat))]);
  return `0 0 ${round(width + PAD)} ${round(height + PAD)}`;
})();

/** The outline's points in SVG coordinates. */
export const outlinePoints = (outline: readonly Point[]): [number, number][] => outline.map((point) => project(POINTS[point]));

/** An SVG path for an outline. */
export const outlinePath = (outline: readonly Point[]): string =>
  `M${outlinePoints(outline).map(([x, y]) => `${x} ${y}`).join('L')}Z`;
