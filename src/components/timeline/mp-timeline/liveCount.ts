/**
 * The timeline's count («39 en la vista · 56 en total»), written once the view settles, so a
 * screen reader hears it once after a zoom or a drag, not at every frame of it. Browser only.
 */
export class LiveCount {
  private timer = 0;

  constructor(
    private readonly element: HTMLElement | null,
    private readonly delay = 250,
  ) {}

  /** Writes what `text` returns when no other update has come for `delay` ms. */
  schedule(text: () => string): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (!this.element) return;
      const value = text();
      if (this.element.textContent !== value) this.element.textContent = value;
    }, this.delay);
  }
}
