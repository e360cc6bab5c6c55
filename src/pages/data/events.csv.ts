/** /data/events.csv: every event, one row each, both languages in separate columns (src/lib/data/csvColumns.ts). */
import type { APIRoute } from 'astro';
import { openData } from '../../data/openData.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await openData(site)).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
