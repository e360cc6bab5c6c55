/** /data/events/<id>.json: one event's record, with the data's version and licence. */
import type { APIRoute } from 'astro';
import { getEvents } from '../../../data/events.ts';
import { openData } from '../../../data/openData.ts';

export async function getStaticPaths() {
  return (await getEvents()).map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response((await openData(site)).documents.get(params.id!)!, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
