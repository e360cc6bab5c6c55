import { describe, expect, it } from 'vitest';
import { isoToTime } from '../../../../src/lib/dates/calendarDate.ts';
import { clusterHeader, clusterLines, labelLines } from '../../../../src/lib/timeline/labelText.ts';
import { measureText } from '../../../../src/lib/timeline/measureText.ts';
import { METRICS } from '../../../../src/lib/timeline/metrics.ts';

describe('label texts', () => {
  it('labelLines: the date, then the label wrapped at the width asked for, measured', () => {
    const event = { label: 'La cámara alta rusa aprueba', dateLabel: '6 nov 2024' };
    const wide = labelLines(event, 230);
    expect(wide.lines).toEqual(['6 nov 2024', 'La cámara alta rusa aprueba']);
    const narrow = labelLines(event, 110);
    expect(narrow.lines.length).toBe(3);
    expect(narrow.width).toBeLessThanOrEqual(110);
    expect(narrow.width).toBeGreaterThanOrEqual(measureText('6 nov 2024', METRICS.dateSize, true));
  });

  it('clusterHeader says the stretch of time; the marker shows the count', () => {
    expect(clusterHeader(isoToTime('2024-10-18'), isoToTime('2024-12-04'), 'es')).toBe('oct–dic 2024');
  });

  it('clusterLines: the header, then one line per key member, wrapped rather than cut', () => {
    const text = clusterLines('oct–nov 2024', [{ label: 'La Duma ratifica' }, { label: 'La cámara alta rusa aprueba' }], 180, 110);
    expect(text.lines[0]).toBe('oct–nov 2024');
    expect(text.lines.join(' ')).toContain('La cámara alta rusa aprueba');
    expect(text.lines.every((line) => !line.endsWith('…'))).toBe(true);
    expect(text.width).toBeLessThanOrEqual(180);
    // One member only: wrapped like an event's label.
    expect(clusterLines('abr 2025', [{ label: 'Rusia admite el despliegue' }], 180, 110).lines).toEqual(['abr 2025', 'Rusia admite el', 'despliegue']);
  });
});
