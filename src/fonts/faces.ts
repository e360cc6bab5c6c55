/**
 * The site's two faces, where they come from, how they are cut down and what stands in for
 * them while they load. Source Serif 4 (text) and Source Sans 3 (UI, headings, the
 * timeline's labels) are Adobe's open-source superfamily, taken from Adobe's own npm
 * packages, which carry the complete fonts (Latin, Latin Extended, Greek, Cyrillic…).
 */
import arial from '@capsizecss/metrics/arial';
import notoSerif from '@capsizecss/metrics/notoSerif';
import roboto from '@capsizecss/metrics/roboto';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import type { Fallback } from '../lib/fonts/fontFaceCss.ts';

export interface Face {
  /** CSS family name (tokens.css names it in --font-text / --font-ui). */
  family: string;
  /** Output file name, without .woff2. */
  file: string;
  /** The full font, as a package path. */
  source: string;
  /** CSS font-weight of the face: one weight, or a range for a variable font. */
  weight: string;
  /** Variation axes kept (a range) or fixed (a number); none for a static font. */
  axes?: Record<string, number | { min: number; max: number }>;
  /** OpenType features kept; the rest are dropped with their lookups. */
  features: readonly string[];
  /** Preloaded on every page (the face the first lines of text need). */
  preload: boolean;
  /**
   * `ink`: the face's line box is the ink of the characters kept (ascent and descent overridden),
   * not the font's own metrics, so short UI text (labels, buttons, the timeline's lanes) is
   * boxed by what it draws. `font`: the font's own metrics.
   */
  lineBox: 'font' | 'ink';
  /** System fonts that stand in while it loads, first match wins. */
  fallbacks: readonly Fallback[];
}

/** Kerning and the standard ligatures; the text is precomposed Spanish and English, so mark positioning and local forms go. */
const LAYOUT = ['kern', 'liga'] as const;

export const FACES = {
  text: {
    family: 'Source Serif 4',
    file: 'source-serif-4',
    // The Text optical size, drawn for 11–18 pt: sturdier serifs and looser spacing than Display.
    source: 'source-serif/TTF/SourceSerif4-Regular.ttf',
    weight: '400',
    features: LAYOUT,
    preload: true,
    lineBox: 'font',
    fallbacks: [
      {
        family: 'Source Serif 4 fallback',
        // Liberation Serif and Tinos are drawn on Times New Roman's metrics.
        regular: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos'],
        bold: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold'],
        metrics: timesNewRoman,
      },
      {
        family: 'Source Serif 4 fallback Noto',
        regular: ['Noto Serif', 'NotoSerif', 'NotoSerif-Regular'],
        bold: ['Noto Serif Bold', 'NotoSerif-Bold'],
        metrics: notoSerif,
      },
    ],
  },
  ui: {
    family: 'Source Sans 3',
    file: 'source-sans-3',
    // The variable font, cut to weights 400–700: regular, semibold and bold in one file.
    source: 'source-sans/VF/SourceSans3VF-Upright.ttf',
    weight: '400 700',
    axes: { wght: { min: 400, max: 700 } },
    features: LAYOUT,
    preload: true,
    // Its own box (1 em above the baseline, 0.326 below) is taller than anything it draws here.
    lineBox: 'ink',
    fallbacks: [
      {
        family: 'Source Sans 3 fallback',
        // Liberation Sans and Arimo are drawn on Arial's metrics.
        regular: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo'],
        bold: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold'],
        metrics: arial,
      },
      {
        family: 'Source Sans 3 fallback Roboto',
        regular: ['Roboto', 'Roboto-Regular'],
        bold: ['Roboto Bold', 'Roboto-Bold'],
        metrics: roboto,
      },
    ],
  },
} as const satisfies Record<'text' | 'ui', Face>;
