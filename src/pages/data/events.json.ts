/** /data/events.json: every event, both languages, with the data's version (src/data/openData.ts). */
import type { APIRoute } from 'astro';
import { openData } from '../../data/openData.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await openData(site)).json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
