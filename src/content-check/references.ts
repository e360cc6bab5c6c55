/**
 * Cross-references between content files (an article citing an event, an era opening at one),
 * checked in one place. Every item that exists is defined here, valid or not: a reference to an
 * item that failed its own schema is not reported again as "no such id"; the item's own problem
 * is the root cause, and it says which references wait for its fix.
 */
import type { Problem } from './problem.ts';

export type RefKind = 'event' | 'article' | 'place';

const KINDS: readonly RefKind[] = ['event', 'article', 'place'];

interface Target {
  file: string;
  /** False when the item failed its schema: references to it are not problems of their own. */
  valid: boolean;
  /** Who cites it: `content/articles/es/x.mdx (events.3)`. */
  citedBy: string[];
}

/** Where a reference is written. */
export interface RefSite {
  file: string;
  field: string;
  line?: number;
}

export class References {
  private readonly targets: Record<RefKind, Map<string, Target>> = { event: new Map(), article: new Map(), place: new Map() };

  /** Records that `id` exists (in `file`); `valid` false when the item failed validation. Returns the file that defined it first, if any. */
  define(kind: RefKind, id: string, file: string, valid: boolean): string | undefined {
    const first = this.targets[kind].get(id);
    if (first) return first.file;
    this.targets[kind].set(id, { file, valid, citedBy: [] });
    return undefined;
  }

  has(kind: RefKind, id: string): boolean {
    return this.targets[kind].has(id);
  }

  /**
   * A reference from `site` to `id`: a problem if nothing has that id (the message from
   * `unknown`), nothing if it exists; a reference to an invalid item is remembered for its
   * root-cause problem instead.
   */
  check(kind: RefKind, id: string, site: RefSite, unknown: string): Problem | undefined {
    const target = this.targets[kind].get(id);
    if (!target) return { ...site, message: unknown };
    if (!target.valid) target.citedBy.push(`${site.file}${site.line ? `:${site.line}` : ''} (${site.field})`);
    return undefined;
  }

  /** Adds to each invalid item's first problem the references that wait for its fix, once. */
  annotate(problems: Problem[]): Problem[] {
    const seen = new Set<string>();
    return problems.map((problem) => {
      if (seen.has(problem.file)) return problem;
      for (const kind of KINDS) {
        for (const [id, target] of this.targets[kind]) {
          if (target.valid || target.file !== problem.file || target.citedBy.length === 0) continue;
          seen.add(problem.file);
          const n = target.citedBy.length;
          return { ...problem, message: `${problem.message} — until this is fixed, ${n} reference${n === 1 ? '' : 's'} to "${id}" cannot be checked: ${target.citedBy.join(', ')}` };
        }
      }
      return problem;
    });
  }
}
