/**
 * Remembers the result of a content query for the rest of a production build, where content
 * cannot change: thousands of pages then share one computation. In development it recomputes,
 * so edits show at once.
 */
const cache = new Map<string, Promise<unknown>>();

export function buildMemo<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return compute();
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = compute();
    cache.set(key, hit);
  }
  return hit;
}
