/**
 * The drawing's single tab stop (a roving tabindex): it starts where the server put it and moves
 * to whatever event or cluster the controller names. Browser only.
 */
import { stopNode } from './applyGeometry.ts';
import { stopId, type Drawing } from './readDrawing.ts';

export class RovingTabStop {
  private current: string | undefined;

  constructor(private readonly d: Drawing) {
    const stop = d.svg.querySelector<SVGAElement>('a[tabindex="0"]');
    this.current = stop ? stopId(stop) : undefined;
  }

  /** Makes `stop` (an event id or a cluster id) the one marker reached with Tab. */
  moveTo(stop: string | undefined): void {
    if (stop === this.current) return;
    if (this.current) stopNode(this.d, this.current)?.setAttribute('tabindex', '-1');
    this.current = stop;
    if (stop) stopNode(this.d, stop)?.setAttribute('tabindex', '0');
  }
}
