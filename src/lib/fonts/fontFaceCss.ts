/**
 * The @font-face rules of a web font and of its metric-matched fallbacks: local system fonts
 * scaled (size-adjust) and given the web font's ascent, descent and line gap, so text set in
 * a fallback takes the room the web font will take and the swap moves nothing.
 */

/** What the rules need of a font's metrics (font units), as read from the font file. */
export interface FaceMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Negative, below the baseline. */
  descent: number;
  lineGap: number;
  /** Average advance of Latin text, weighted by letter frequency. */
  xWidthAvg: number;
}

/** A system font to stand in for a web font until it loads, under the names a system may know it by. */
export interface Fallback {
  /** Family name of the fallback face, e.g. `Source Serif 4 fallback`. */
  family: string;
  /** local() names of the regular and the bold styles. */
  regular: readonly string[];
  bold: readonly string[];
  metrics: FaceMetrics;
}

export interface FallbackOverrides {
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

/**
 * Scale the fallback so its average advance matches the web font's, then give it the web
 * font's vertical metrics (as fractions of the scaled em, which is how the overrides apply).
 */
export function fallbackOverrides(font: FaceMetrics, fallback: FaceMetrics): FallbackOverrides {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    sizeAdjust,
    ascentOverride: font.ascent / em,
    descentOverride: Math.abs(font.descent) / em,
    lineGapOverride: font.lineGap / em,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
const quote = (name: string) => `'${name.replace(/'/g, "\\'")}'`;

/**
 * The web font's own rule: one woff2 file, shown as soon as it arrives (swap); with `lineBox`,
 * its ascent and descent overridden (as fractions of its em) and no line gap.
 */
export function webFontFace(face: { family: string; url: string; weight: string; lineBox?: { ascent: number; descent: number } }): string {
  return [
    '@font-face {',
    `  font-family: ${quote(face.family)};`,
    `  src: url(${quote(face.url)}) format('woff2');`,
    `  font-weight: ${face.weight};`,
    '  font-style: normal;',
    '  font-display: swap;',
    ...(face.lineBox ? [`  ascent-override: ${percent(face.lineBox.ascent)};`, `  descent-override: ${percent(Math.abs(face.lineBox.descent))};`, '  line-gap-override: 0%;'] : []),
    '}',
  ].join('\n');
}

/** Two rules per fallback (regular and bold local faces), with the overrides that match `font`. */
export function fallbackFaces(font: FaceMetrics, fallback: Fallback): string {
  const o = fallbackOverrides(font, fallback.metrics);
  return (
    [
      [400, fallback.regular],
      [700, fallback.bold],
    ] as const
  )
    .map(([weight, names]) =>
      [
        '@font-face {',
        `  font-family: ${quote(fallback.family)};`,
        `  src: ${names.map((n) => `local(${quote(n)})`).join(', ')};`,
        `  font-weight: ${weight};`,
        `  size-adjust: ${percent(o.sizeAdjust)};`,
        `  ascent-override: ${percent(o.ascentOverride)};`,
        `  descent-override: ${percent(o.descentOverride)};`,
        `  line-gap-override: ${percent(o.lineGapOverride)};`,
        '}',
      ].join('\n'),
    )
    .join('\n');
}
