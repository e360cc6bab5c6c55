/** The share images: one 1200 × 630 PNG per page and language, rendered at build time. */
import type { APIRoute } from 'astro';
import { shareCards, type ShareCardPage } from '../../data/shareCards.ts';
import { renderShareImage } from '../../lib/share/renderShareImage.ts';

export async function getStaticPaths() {
  return (await shareCards()).map((page) => ({ params: { image: page.path.replace(/^\/og\//, '') }, props: page }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareImage((props as ShareCardPage).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
