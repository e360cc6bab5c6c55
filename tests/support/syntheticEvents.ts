/** Deterministic synthetic events for layout tests and benchmarks (a seeded generator, no Math.random). */
import { DAY } from '../../src/lib/dates/calendarDate.ts';
import type { TimelineEvent } from '../../src/lib/timeline/types.ts';

/** A small linear congruential generator: the same seed gives the same sequence everywhere. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['Cumbre', 'Tratado', 'Visita', 'Acuerdo', 'Misiles', 'Sanciones', 'Satélite', 'Duma', 'Veto', 'Tropas', 'Kursk', 'Pionyang'];

export function syntheticEvents(n: number, seed = 1, from = Date.UTC(1945, 0, 1), to = Date.UTC(2025, 11, 31)): TimelineEvent[] {
  const rand = seeded(seed);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = from + Math.floor((rand() * (to - from)) / DAY) * DAY;
    const words = 1 + Math.floor(rand() * 4);
    const label = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
    const span = rand() < 0.05 ? Math.floor(rand() * 3000) * DAY : 0;
    events.push({
      id: `e${i}`,
      start,
      end: span ? start + span : undefined,
      importance: (1 + Math.floor(rand() * 3)) as 1 | 2 | 3,
      label,
      dateLabel: new Date(start).toISOString().slice(0, 10),
    });
  }
  return events.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}
