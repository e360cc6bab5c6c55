import { describe, expect, it } from 'vitest';
import { inside, overlaps, placeMapLabels, type MapLabelRequest, type Obstacle } from '../../../../src/lib/map/placeMapLabels.ts';

const bounds = { x: 0, y: 0, width: 200, height: 100 };
const around = (x: number, y: number, w: number, h: number) => [
  { x: x + 6, y: y - h / 2 },
  { x: x - 6 - w, y: y - h / 2 },
  { x: x - w / 2, y: y - 6 - h },
  { x: x - w / 2, y: y + 6 },
];
const request = (id: string, x: number, y: number, w = 40, h = 14): MapLabelRequest => ({ id, width: w, height: h, candidates: around(x, y, w, h), ignore: [id] });
const marker = (id: string, x: number, y: number): Obstacle => ({ id, x: x - 4, y: y - 4, width: 8, height: 8 });

describe('placeMapLabels(requests, obstacles, bounds)', () => {
  it('places a lone label at its first candidate', () => {
    const placed = placeMapLabels([request('a', 50, 50)], [marker('a', 50, 50)], bounds);
    expect(placed.get('a')).toMatchObject({ x: 56, y: 43, candidate: 0 });
  });

  it('never overlaps two labels, nor a label and another point, and keeps them inside the bounds', () => {
    // A crowded cluster: eight points a few pixels apart.
    const pts = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, x: 80 + (i % 4) * 9, y: 40 + Math.floor(i / 4) * 12 }));
    const placed = placeMapLabels(pts.map((p) => request(p.id, p.x, p.y)), pts.map((p) => marker(p.id, p.x, p.y)), bounds);
    const boxes = [...placed.entries()].filter(([, b]) => b !== null) as [string, NonNullable<ReturnType<typeof placed.get>>][];
    expect(boxes.length).toBeGreaterThan(1);
    for (const [id, box] of boxes) {
      expect(inside(box, bounds)).toBe(true);
      for (const [other, b] of boxes) if (other !== id) expect(overlaps(box, b), `${id} and ${other}`).toBe(false);
      for (const p of pts) if (p.id !== id) expect(overlaps(box, marker(p.id, p.x, p.y)), `${id} over point ${p.id}`).toBe(false);
    }
  });

  it('leaves out a label that fits nowhere, and places the others', () => {
    const wide = { id: 'wide', width: 500, height: 14, candidates: [{ x: 0, y: 0 }] };
    const placed = placeMapLabels([wide, request('b', 50, 50)], [], bounds);
    expect(placed.get('wide')).toBeNull();
    expect(placed.get('b')).not.toBeNull();
  });

  it('places in the order given: the first label gets its first choice', () => {
    const placed = placeMapLabels([request('first', 50, 50), request('second', 50, 50)], [], bounds);
    expect(placed.get('first')!.candidate).toBe(0);
    expect(placed.get('second')!.candidate).not.toBe(0);
  });

  it('avoids obstacles such as the scale bar', () => {
    const bar: Obstacle = { id: '(scale)', x: 50, y: 40, width: 60, height: 20 };
    const placed = placeMapLabels([request('a', 50, 50)], [bar], bounds);
    expect(overlaps(placed.get('a')!, bar)).toBe(false);
  });
});
