/** A content problem: which file, which field, what is wrong. */

export interface Problem {
  /** Path of the file, relative to the project (`content/events/2024-06-19-treaty-signed.yaml`). */
  file: string;
  /** Dotted path of the field (`summary.en`, `sources.0.url`), or `(file)` for the file itself. */
  field: string;
  message: string;
}

/** One line per problem: `content/events/x.yaml: date: not a calendar date …`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** The error a build fails with: a count, then one line per problem. */
export function formatProblems(problems: readonly Problem[]): string {
  const heading = `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [heading, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
