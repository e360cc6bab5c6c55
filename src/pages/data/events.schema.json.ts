/** /data/events.schema.json: the JSON Schema of the data files, generated from src/schemas/ (zod's toJSONSchema). */
import type { APIRoute } from 'astro';
import { openData } from '../../data/openData.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await openData(site)).schema, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
