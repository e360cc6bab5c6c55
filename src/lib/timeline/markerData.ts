/**
 * What one event's marker carries: its layout fields, its status (and whose it is), its status
 * history in the page's language (for "what was known on"), and its accessible name, said once:
 * the label as drawn (speech input users say what they see), then the status. Pure: the Astro
 * component and the golden drawings build markers the same way.
 */
import type { Lang } from '../../i18n/languages.ts';
import { statusText } from '../../i18n/statusText.ts';
import type { EventData, HistoryEntry } from './dataContract.ts';
import type { PlanEvent } from './planTimeline.ts';
import type { HistoryStatus } from './statusOn.ts';

export interface MarkerFacts {
  status: HistoryStatus;
  attribution?: Readonly<Record<Lang, string>>;
  history?: readonly { date: string; status: HistoryStatus; attribution?: Readonly<Record<Lang, string>> }[];
  places?: readonly string[];
}

export interface MarkerEvent extends EventData {
  name: string;
}

export function markerData(event: PlanEvent, facts: MarkerFacts, lang: Lang): MarkerEvent {
  const history: HistoryEntry[] = (facts.history ?? []).map((step) => [step.date, step.status, step.attribution?.[lang] ?? '']);
  // A history worth carrying is one where the status changed.
  const changed = history.some(([, status, by]) => status !== facts.status || by !== (facts.attribution?.[lang] ?? ''));
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    importance: event.importance,
    label: event.label,
    dateLabel: event.dateLabel,
    category: event.category,
    status: facts.status,
    by: facts.attribution?.[lang],
    history: changed ? history : undefined,
    places: facts.places,
    name: `${event.dateLabel} ${event.label}. ${statusText(facts, lang)}`,
  };
}
