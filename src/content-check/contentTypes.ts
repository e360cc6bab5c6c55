/** The shapes content takes between reading and checking: files as read, and events and articles once checked. Types only, and the one marker for an unreadable file. */
import type { ArticleData } from '../schemas/article.ts';
import type { EventData } from '../schemas/event.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Problem } from './problem.ts';

/** Stands for a file whose YAML could not be read (its problem is already reported). */
export const UNREADABLE = Symbol('unreadable');

/** A content file as read from disk: its project-relative path and its parsed data. */
export interface ContentFile {
  file: string;
  data: unknown;
  /** The text after the frontmatter (articles). */
  body?: string;
  /** The line of the file on which `body` starts. */
  bodyLine?: number;
}

export interface ContentInput {
  events: ContentFile[];
  articles: ContentFile[];
  /** The eras file, a list (absent when the content has no eras). */
  eras?: ContentFile;
  /** The places file, a list (absent when the content has no places). */
  places?: ContentFile;
  /** The corrections log, a list (absent when the content has none). */
  corrections?: ContentFile;
  /** The treaty, article by article (readContent always gives it: UNREADABLE when missing). */
  treaty?: ContentFile;
  /** Problems found while reading (unreadable YAML, stray files). */
  readProblems?: Problem[];
}

export interface CheckedArticle extends ArticleData {
  file: string;
  lang: Lang;
  body: string;
  bodyLine: number;
}

export interface CheckedEvent extends EventData {
  file: string;
}

