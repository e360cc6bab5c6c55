/** Named views of the relationship, for `<Timeline view="…" />`. */
import type { Category } from '../../schemas/event.ts';

export interface ViewDefinition {
  /** ISO dates bounding the view; omitted for the whole history. */
  window?: readonly [string, string];
  /** Only these categories; all when omitted. */
  categories?: readonly Category[];
}

export const VIEWS = {
  /** Everything, from 1945 to the latest event. */
  history: {},
  /**
   * From the signing in Pyongyang to entry into force, June to December 2024: the treaty and its
   * ratification only, so each step stands on its own (the claims of those months are the arms
   * and troops article's, and its view's).
   */
  ratification: { window: ['2024-06-01', '2024-12-31'], categories: ['treaty', 'legislation'] },
  /** The war in Ukraine and North Korean support for Russia, 2022–2025. */
  'war-support': { window: ['2022-01-01', '2025-12-31'] },
  /** The Vostochny year, 2023. */
  vostochny: { window: ['2023-01-01', '2023-12-31'] },
  /** The treaties between Moscow and Pyongyang, 1949 to 2024 (the treaty article's timeline). */
  treaties: { categories: ['treaty'] },
  /** From the Soviet debt's write-off to the UN veto and the MSMT's report, 2011–2025 (the sanctions article's timeline). */
  sanctions: { window: ['2011-01-01', '2025-12-31'] },
  /** The alliance at war, November 2024 to March 2026 (that article's timeline). */
  'alliance-at-war': { window: ['2024-11-01', '2026-03-31'] },
} as const satisfies Record<string, ViewDefinition>;

export type ViewName = keyof typeof VIEWS;

export function isViewName(value: string): value is ViewName {
  return Object.hasOwn(VIEWS, value);
}
