/**
 * "What was known on": the explorer's date control. Reads `?asof=` (an invalid date is
 * ignored), keeps it in the URL (shareable), and shows each marker with the status its event
 * had on that date (shape, class and accessible name); events after it step back. Browser only.
 */
import { formatShortDate } from '../../../i18n/formatDate.ts';
import type { Lang } from '../../../i18n/languages.ts';
import type { HistoryEntry, TimelineWords } from '../../../lib/timeline/dataContract.ts';
import { halfDiscPath, markerPath } from '../../../lib/timeline/drawing.ts';
import { asOfFromSearch, statusOn, type HistoryStatus } from '../../../lib/timeline/statusOn.ts';
import { pointLanguageSwitch } from '../../site/pointLanguageSwitch.ts';
import type { Drawing, EventView } from './readDrawing.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STATUSES: readonly HistoryStatus[] = ['confirmed', 'official', 'claimed'];

/** The status words of a marker's name: `Afirmado, sin confirmar (según el NIS)`. */
export function statusWords(words: TimelineWords, status: HistoryStatus, by: string | undefined): string {
  return by ? `${words[status]} ${words.by.replace('{by}', by)}` : words[status];
}

export class AsOfControl {
  private readonly d: Drawing;
  private readonly words: TimelineWords;
  private readonly buttons: HTMLButtonElement[];
  private readonly input: HTMLInputElement | null;
  private readonly onChange: () => void;
  asOf: string | undefined;
  /** Events dated after `asOf`. */
  readonly later = new Set<string>();

  constructor(d: Drawing, words: TimelineWords, onChange: () => void) {
    this.d = d;
    this.words = words;
    this.onChange = onChange;
    this.buttons = [...d.root.querySelectorAll<HTMLButtonElement>('button[data-asof]')];
    this.input = d.root.querySelector<HTMLInputElement>('input[data-asof-date]');
    const dates = d.views.map((v) => new Date(v.data.start).toISOString().slice(0, 10)).sort();
    this.asOf = this.buttons.length ? asOfFromSearch(location.search, dates[0], dates.at(-1)) : undefined;
    for (const button of this.buttons) button.addEventListener('click', () => this.set(button.dataset.asof || undefined));
    this.input?.addEventListener('change', () => {
      const value = this.input!.value;
      if (!value || (this.input!.min && value < this.input!.min) || (this.input!.max && value > this.input!.max)) return;
      this.set(value);
    });
    if (this.asOf) {
      this.apply();
      pointLanguageSwitch({ params: { asof: this.asOf } });
    }
    this.sync();
  }

  /** Shows what was known on `date` (undefined: today's data), and puts it in the URL. */
  set(date: string | undefined): void {
    if (date === this.asOf) return;
    this.asOf = date;
    const url = new URL(location.href);
    if (date) url.searchParams.set('asof', date);
    else url.searchParams.delete('asof');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    // The other edition opens on the same day.
    pointLanguageSwitch({ params: { asof: date ?? '' } });
    this.apply();
    this.sync();
    this.onChange();
  }

  private sync(): void {
    let preset = false;
    for (const button of this.buttons) {
      const on = (button.dataset.asof || undefined) === this.asOf;
      preset ||= on;
      button.setAttribute('aria-pressed', String(on));
    }
    if (this.input) this.input.value = preset || !this.asOf ? '' : this.asOf;
    if (this.asOf) this.d.root.setAttribute('data-asof', this.asOf);
    else this.d.root.removeAttribute('data-asof');
  }

  /** What the details say under `asof`: «El 9 nov 2024: Afirmado, sin confirmar (según Ucrania)»; nothing without it. */
  statusLine(id: string, lang: Lang): string | undefined {
    const view = this.d.byId.get(id);
    if (!this.asOf || !view) return undefined;
    const { data } = view;
    const history = (data.history ?? []).map(([date, status, by]: HistoryEntry) => ({ date, status, attribution: by || undefined }));
    const on = statusOn({ date: new Date(data.start).toISOString().slice(0, 10), status: data.status, attribution: data.by, history }, this.asOf);
    const what = on.known ? statusWords(this.words, on.status, on.attribution) : this.words.later;
    return `${this.words.statusOn.replace('{date}', formatShortDate(this.asOf, 'day', lang))} ${what}`;
  }

  /** The status line the details open with under "what was known on", or undefined for today's data. */
  statusElement(id: string, lang: Lang): HTMLElement | undefined {
    const text = this.statusLine(id, lang);
    if (!text) return undefined;
    const p = document.createElement('p');
    p.className = 'tl__asof-status';
    p.textContent = text;
    return p;
  }

  private apply(): void {
    this.later.clear();
    for (const view of this.d.views) {
      const { data } = view;
      const today = { status: data.status, by: data.by };
      let shown = today;
      let later = false;
      if (this.asOf) {
        const history = (data.history ?? []).map(([date, status, by]: HistoryEntry) => ({ date, status, attribution: by || undefined }));
        const on = statusOn({ date: new Date(data.start).toISOString().slice(0, 10), status: data.status, attribution: data.by, history }, this.asOf);
        later = !on.known;
        shown = { status: on.status, by: on.attribution };
      }
      if (later) this.later.add(data.id);
      this.show(view, shown.status, shown.by, later);
    }
  }

  private show(view: EventView, status: HistoryStatus, by: string | undefined, later: boolean): void {
    for (const s of STATUSES) view.el.classList.toggle(`tl-ev--${s}`, s === status);
    view.el.classList.toggle('is-later', later);
    view.span?.classList.toggle('is-later', later);
    view.shape.setAttribute('d', markerPath(status));
    let half = view.mark.querySelector('.tl-half');
    if (status === 'official' && !half) {
      half = document.createElementNS(SVG_NS, 'path');
      half.setAttribute('class', 'tl-half');
      half.setAttribute('d', halfDiscPath());
      view.shape.after(half);
    } else if (status !== 'official') half?.remove();
    const what = later ? this.words.later : statusWords(this.words, status, by);
    view.el.setAttribute('aria-label', `${view.data.dateLabel} ${view.data.label}. ${what}`);
  }
}
