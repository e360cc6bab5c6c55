import { describe, expect, it } from 'vitest';
import { schemaDocs } from '../../../src/data/schemaDocs.ts';
import { FIELD_DESCRIPTIONS_ES } from '../../../src/i18n/fieldDescriptions.ts';
import { datasetJsonSchema } from '../../../src/lib/data/datasetJsonSchema.ts';
import { schemaFields } from '../../../src/lib/data/describeSchema.ts';

describe('FIELD_DESCRIPTIONS_ES', () => {
  const schema = datasetJsonSchema({ id: 'https://x.example/s.json', title: 't', description: 'd', literals: schemaDocs() });
  const paths = schemaFields(schema).map((f) => f.path);

  it('says in Spanish what every field of the open data means, and names no field that is gone', () => {
    expect(paths.filter((p) => !FIELD_DESCRIPTIONS_ES[p])).toEqual([]);
    expect(Object.keys(FIELD_DESCRIPTIONS_ES).filter((p) => !paths.includes(p))).toEqual([]);
  });
});
