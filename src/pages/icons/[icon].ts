/** The site icon as PNG in the sizes browsers ask for (favicon fallback, Apple touch, manifest). */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { ICON_SIZES, ICON_SVG } from '../../lib/share/icon.ts';

export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { icon: `icon-${size}.png` }, props: { size } }));
}

export const GET: APIRoute = ({ props }) => {
  const png = new Resvg(ICON_SVG, { fitTo: { mode: 'width', value: (props as { size: number }).size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
