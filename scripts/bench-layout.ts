/**
 * Benchmark: lays out 10,000 synthetic events in Node and prints the median time.
 * Budget (issue: the timeline): under 50 ms. Usage: npm run bench:layout
 */
import { performance } from 'node:perf_hooks';
import { layoutTimeline } from '../src/lib/timeline/layoutTimeline.ts';
import { timeScale } from '../src/lib/timeline/timeScale.ts';
import { extentOf } from '../src/lib/timeline/windows.ts';
import { syntheticEvents } from '../tests/support/syntheticEvents.ts';

const N = Number(process.argv[2] ?? 10_000);
const RUNS = 25;
const BUDGET_MS = 50;

const events = syntheticEvents(N, 42);
const window = extentOf(events);
const width = 1200;
const x = timeScale(window, width);

const times: number[] = [];
for (let i = 0; i < RUNS + 3; i += 1) {
  const t0 = performance.now();
  const g = layoutTimeline({ events, window, x, width, lang: 'es' });
  const t1 = performance.now();
  if (i >= 3) times.push(t1 - t0); // the first runs warm the JIT up
  if (g.events.length !== N) throw new Error('layout lost events');
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`layout of ${N} events at ${width} px: median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms (${RUNS} runs; budget ${BUDGET_MS} ms)`);
if (median > BUDGET_MS) process.exitCode = 1;
