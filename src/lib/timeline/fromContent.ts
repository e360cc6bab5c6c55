/**
 * Content in the layout's terms: an event's data as a timeline event (dates as UTC ms, texts in
 * one language), and eras dated by their opening and closing events, in date order. Pure: the
 * build's data queries and the tests that read content from disk both go through here.
 */
import { formatShortDate, type Precision } from '../../i18n/formatDate.ts';
import type { Lang } from '../../i18n/languages.ts';
import { isoToTime } from '../dates/calendarDate.ts';
import type { PlanEvent } from './planTimeline.ts';
import { sortEras } from './sortEras.ts';
import type { Era } from './types.ts';

/** The fields of an event the timeline uses. */
export interface EventFacts {
  date: string;
  end?: string;
  precision: Precision;
  importance: 1 | 2 | 3;
  category: string;
  label: Readonly<Record<Lang, string>>;
}

/** An event as the layout sees it, in one language. */
export function toPlanEvent(id: string, data: EventFacts, lang: Lang): PlanEvent {
  return {
    id,
    start: isoToTime(data.date),
    end: data.end ? isoToTime(data.end) : undefined,
    importance: data.importance,
    label: data.label[lang],
    dateLabel: formatShortDate(data.date, data.precision, lang),
    category: data.category,
  };
}

/** The fields of an era the timeline uses. */
export interface EraFacts {
  id: string;
  from: string;
  to?: string;
  label: Readonly<Record<Lang, string>>;
}

/** Eras dated by their opening and closing events (an open era runs to the latest event), in date order. */
export function datedEras(eras: readonly EraFacts[], events: readonly { id: string; data: Pick<EventFacts, 'date' | 'end'> }[], lang: Lang): Era[] {
  const dates = new Map(events.map((e) => [e.id, e.data]));
  const latest = Math.max(...events.map((e) => isoToTime(e.data.end ?? e.data.date)));
  return sortEras(
    eras.map((era) => ({
      id: era.id,
      start: isoToTime(dates.get(era.from)!.date),
      end: era.to ? isoToTime(dates.get(era.to)!.date) : latest,
      label: era.label[lang],
    })),
  );
}
