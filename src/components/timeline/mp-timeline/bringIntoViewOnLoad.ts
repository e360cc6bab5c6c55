/**
 * On load, a deep link's timeline is brought into view after the browser's own jump to the list
 * entry the fragment names (a jump it may repeat while the page settles): once after load, and
 * once more a moment later unless the reader has moved the page since. Browser only.
 */

/** Runs `show` when the page has settled, and again shortly after, unless the reader moves first. */
export function bringIntoViewOnLoad(show: () => void): void {
  let readerMoved = false;
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, () => (readerMoved = true), { once: true, passive: true });
  const once = () => requestAnimationFrame(() => readerMoved || show());
  const settle = () => {
    once();
    setTimeout(once, 300);
  };
  if (document.readyState === 'complete') settle();
  else addEventListener('load', settle, { once: true });
}
