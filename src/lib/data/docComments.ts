/**
 * The doc comments of object literals in TypeScript source: for each `{ … }` with documented
 * properties, which keys it names and what each documented one says. The zod schemas document
 * every field this way; the export reads these comments into its JSON Schema, so the schema's
 * documentation is written once, in src/schemas/.
 */
import ts from 'typescript';

export interface DocumentedLiteral {
  /** The file it was read from, for messages. */
  file: string;
  /** Every key the literal names (spread elements aside). */
  keys: string[];
  /** The documented keys and their comments, as one line of text. */
  docs: Record<string, string>;
}

/** A JSDoc comment's text: `/** A. \n * B. *\/` → `A. B.` */
export function commentText(comment: string): string {
  return comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*? ?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

function keyName(name: ts.PropertyName, source: ts.SourceFile): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return ts.isComputedPropertyName(name) ? undefined : name.getText(source);
}

/** Every object literal in `text` that documents at least one of its properties. */
export function docComments(file: string, text: string): DocumentedLiteral[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: DocumentedLiteral[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys: string[] = [];
      const docs: Record<string, string> = {};
      for (const prop of node.properties) {
        if (!prop.name || ts.isSpreadAssignment(prop)) continue;
        const key = keyName(prop.name, source);
        if (key === undefined) continue;
        keys.push(key);
        const comments = ts.getLeadingCommentRanges(text, prop.getFullStart()) ?? [];
        const doc = comments.filter((c) => text.startsWith('/**', c.pos)).at(-1);
        if (doc) docs[key] = commentText(text.slice(doc.pos, doc.end));
      }
      if (Object.keys(docs).length > 0) found.push({ file, keys, docs });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
