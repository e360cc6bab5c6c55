/** A content problem: which file, which field (and line, when known), what is wrong. */

export interface Problem {
  /** Path of the file, relative to the project (`content/events/2024-06-19-treaty-signed.yaml`). */
  file: string;
  /** Dotted path of the field (`summary.en`, `sources.0.url`), or `(file)`, `(yaml)`, `(body)`. */
  field: string;
  message: string;
  /** 1-based line in the file, when the problem has one (YAML syntax, MDX body). */
  line?: number;
}

/** One line per problem: `content/events/x.yaml: date: not a calendar date …`, or `content/articles/en/x.mdx:12: (body): …`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/** The error a build fails with: a count, then one line per problem. */
export function formatProblems(problems: readonly Problem[]): string {
  const heading = `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [heading, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
