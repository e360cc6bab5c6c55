/**
 * /embed.js, for the page that hosts embeds: fits each embed's iframe (`iframe[data-mp-embed]`)
 * to the height its page reports (src/lib/embed/embedMessage.ts). It trusts no origin: it takes
 * only well-formed height messages, and only from the window of one of those iframes. It asks
 * the iframes already loaded for their height, so it may load before or after them. Browser
 * only; bundled by src/pages/embed.js.ts.
 */
import { ASK, isHeightMessage } from '../../lib/embed/embedMessage.ts';

const FLAG = '__mpEmbedHost';
const host = window as unknown as Record<string, boolean>;

if (!host[FLAG]) {
  host[FLAG] = true;
  const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-mp-embed]');
  addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
    }
  });
  for (const frame of frames()) frame.contentWindow?.postMessage({ type: ASK }, '*');
}
