/** Splits an MDX file into its frontmatter (the YAML between the opening `---` lines) and its body. The one place that knows the shape. */

export interface SplitSource {
  /** The YAML text, or undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** Everything after the closing `---`. */
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitSource {
  const m = FRONTMATTER.exec(source);
  if (!m) return { yaml: undefined, body: source, bodyLine: 1 };
  return { yaml: m[1], body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
