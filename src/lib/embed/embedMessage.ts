/**
 * The messages between an embed and the page that hosts it, by `postMessage`. Shared by the
 * embed (src/components/embed/mp-embed.ts) and the host script (/embed.js); pure.
 *
 * - The embed → its host, on load, on every change of its height, and when asked:
 *   `{ type: 'mp-embed:height', id: 'ratification', height: 612 }` (`id`: what it shows, a view
 *   or an event id; `height`: CSS pixels its content needs).
 * - The host → an embed, to ask for its height (a host script that loads after the embed):
 *   `{ type: 'mp-embed:ask' }`.
 *
 * Both are sent to any origin (`'*'`): a height is no secret, and the host may be anywhere. A
 * receiver therefore trusts no origin and checks the shape instead; the host resizes only the
 * iframe whose window sent the message.
 */

export const HEIGHT = 'mp-embed:height';
export const ASK = 'mp-embed:ask';
/** No embed is taller than this; a bigger number is not ours. */
export const MAX_HEIGHT = 20_000;

export interface HeightMessage {
  type: typeof HEIGHT;
  id: string;
  height: number;
}

export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT, id, height: Math.ceil(height) };
}

/** True for a well-formed height message and nothing else (whatever its origin). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === HEIGHT &&
    typeof m.id === 'string' &&
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(m.id) &&
    typeof m.height === 'number' &&
    Number.isInteger(m.height) &&
    m.height > 0 &&
    m.height <= MAX_HEIGHT
  );
}

export function isAskMessage(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as Record<string, unknown>).type === ASK;
}
