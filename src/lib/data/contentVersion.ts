/** The version of the content: the day it last changed, from the data itself (never the build's clock). */

export interface ContentDates {
  /** Every article edition's `updated`. */
  articleUpdates: readonly string[];
  /** Every correction's `date` (none while there is no corrections log). */
  correctionDates: readonly string[];
  /** Every event's `date`, and the dates of the steps of its status history. */
  eventDates: readonly string[];
}

/** The latest of all the dates, ISO; ISO dates sort as text. */
export function contentVersion(dates: ContentDates): string {
  const all = [...dates.articleUpdates, ...dates.correctionDates, ...dates.eventDates];
  if (all.length === 0) throw new Error('contentVersion: no dated content');
  return all.reduce((latest, d) => (d > latest ? d : latest));
}
