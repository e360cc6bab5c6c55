/** /embed.js: the optional host script that resizes embeds (src/components/embed/embed-host.ts), bundled and minified at build time. */
import type { APIRoute } from 'astro';
import { hostScript } from '../data/hostScript.ts';

export const GET: APIRoute = async () => new Response(await hostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
