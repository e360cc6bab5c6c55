/** The oEmbed document (type rich) of an embed page, beside it. */
import type { APIRoute } from 'astro';
import { oembedJson } from '../../../../data/embedInfo.ts';
import { embedPaths, type EmbedTarget } from '../../../../data/embedTargets.ts';

export const getStaticPaths = embedPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(oembedJson((props as { target: EmbedTarget }).target, 'en', site), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
