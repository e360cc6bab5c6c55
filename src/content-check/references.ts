/**
 * Cross-references between content files (an article citing an event, an era opening at one,
 * an event naming a place or an article of the treaty), checked in one place. Every item that
 * exists is defined here, valid or not: a reference to an
 * item that failed its own schema is not reported again as "no such id"; the item's own problem
 * is the root cause, and it says which references wait for its fix.
 */
import type { Problem } from './problem.ts';

/** What can be referred to: an event (by id), an article (by key), a place of content/places.yaml (by id), an article of the treaty that content/treaty.yaml describes (by its number, as text: "4"). */
export type RefKind = 'event' | 'article' | 'place' | 'treatyArticle';

const KINDS: readonly RefKind[] = ['event', 'article', 'place', 'treatyArticle'];

interface Target {
  file: string;
  /** False when the item failed its schema: references to it are not problems of their own. */
  valid: boolean;
  /** Where in the file the item is, when the file holds several (`articles.3`). */
  field?: string;
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
  private readonly targets = Object.fromEntries(KINDS.map((kind) => [kind, new Map<string, Target>()])) as Record<RefKind, Map<string, Target>>;

  /**
   * Records that `id` exists (in `file`, at `field` when the file holds several items); `valid`
   * false when the item failed validation. Returns where it was defined first, if anywhere
   * (`content/treaty.yaml (articles.3)`).
   */
  define(kind: RefKind, id: string, file: string, valid: boolean, field?: string): string | undefined {
    const first = this.targets[kind].get(id);
    if (first) return first.field === undefined ? first.file : `${first.file} (${first.field})`;
    this.targets[kind].set(id, { file, valid, field, citedBy: [] });
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
    const done = new Set<Target>();
    return problems.map((problem) => {
      for (const kind of KINDS) {
        for (const [id, target] of this.targets[kind]) {
          if (done.has(target) || target.valid || target.citedBy.length === 0 || !covers(target, problem)) continue;
          done.add(target);
          const n = target.citedBy.length;
          const name = kind === 'treatyArticle' ? `Article ${id}` : `"${id}"`;
          return { ...problem, message: `${problem.message} — until this is fixed, ${n} reference${n === 1 ? '' : 's'} to ${name} cannot be checked: ${target.citedBy.join(', ')}` };
        }
      }
      return problem;
    });
  }
}

/** Whether `problem` is about `target`: its file, and within it its item's fields when the file holds several items. */
function covers(target: Target, problem: Problem): boolean {
  if (target.file !== problem.file) return false;
  return target.field === undefined || problem.field === target.field || problem.field.startsWith(`${target.field}.`);
}
