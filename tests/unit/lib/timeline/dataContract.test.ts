import { describe, expect, it } from 'vitest';
import { decodeIds, decodeWindow, encodeIds, encodeWindow, eventAttributes, readEvent, readRoot, rootAttributes, sizeClasses, type EventData, type TimelineWords } from '../../../../src/lib/timeline/dataContract.ts';

/** Attributes as an element would hold them. */
const element = (attrs: Record<string, string | undefined>) => ({ getAttribute: (name: string) => attrs[name] ?? null });

describe('the data-* contract', () => {
  it('writes an event as the element reads it back', () => {
    const event: EventData = {
      id: 'nis-troops-report',
      start: 1729209600000,
      importance: 2,
      label: 'Seúl: Pionyang envió tropas',
      dateLabel: '18 oct 2024',
      category: 'military',
      status: 'confirmed',
      by: undefined,
      history: [
        ['2024-10-18', 'claimed', 'NIS'],
        ['2025-04-28', 'confirmed', ''],
      ],
      places: ['seoul', 'kursk'],
    };
    expect(readEvent(element(eventAttributes(event)))).toEqual({ ...event, end: undefined });
    const span = { ...event, end: 1733270400000, history: undefined, places: [] };
    expect(readEvent(element(eventAttributes(span)))).toEqual(span);
  });

  it('writes the timeline’s own attributes as the element reads them back', () => {
    const words = { count: '{n} en la vista · {total} en total' } as TimelineWords;
    const root = { lang: 'es', bounds: [0, 1000] as const, open: [500, 1000] as const, lanes: [6, 3, 2] as const, highlight: ['a', 'b'], pinned: ['c'], anchors: true, words };
    expect(readRoot(element(rootAttributes(root)))).toEqual({ ...root, bounds: [0, 1000], open: [500, 1000], lanes: [6, 3, 2] });
    expect(() => readRoot(element({}))).toThrow(/data-bounds/);
  });

  it('round-trips windows and id lists, and refuses a malformed window', () => {
    expect(decodeWindow(encodeWindow([1.4, 2000.6]))).toEqual([1, 2001]);
    expect(decodeWindow('5 3')).toBeUndefined();
    expect(decodeWindow('x')).toBeUndefined();
    expect(decodeIds(encodeIds(['a', 'b']))).toEqual(['a', 'b']);
    expect(decodeIds(null)).toEqual([]);
  });

  it('names the classes that size the drawing’s box before the script runs', () => {
    expect(sizeClasses([7, 4, 3], 2)).toEqual(['tl--l0-7', 'tl--l1-4', 'tl--l2-3', 'tl--rows-2']);
  });
});
