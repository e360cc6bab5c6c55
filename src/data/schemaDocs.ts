/** The doc comments of every schema in src/schemas/: the documentation of each field, read from the source (see src/lib/data/docComments.ts). Build time only. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { docComments, type DocumentedLiteral } from '../lib/data/docComments.ts';

/** Where the schemas are, from the project root (the build and the tests run there). */
export const SCHEMA_DIR = 'src/schemas';

export function schemaDocs(dir = path.resolve(SCHEMA_DIR)): DocumentedLiteral[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((f) => docComments(`${SCHEMA_DIR}/${f}`, readFileSync(path.join(dir, f), 'utf8')));
}
