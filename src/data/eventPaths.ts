/** getStaticPaths for one edition's event pages: one page per event id. */
import { getEvents } from './events.ts';

export async function eventPaths() {
  return (await getEvents()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
