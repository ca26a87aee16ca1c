// The JSON Schemas are written for editors: draft-07, a description on (nearly) every property from the rule text the
// wizard shows, with its citation, the wizard's examples and defaults, and choices that say what they mean. That the
// committed files are these is checked in test/model/json-schema.test.ts.
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { SCHEMAS, type SchemaName } from '../../src/model/json-schema.js';
import { editorSchema, properties } from '../../src/wizard/editor-schema.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

describe('the editor schemas', () => {
  it.each(Object.keys(SCHEMAS) as SchemaName[])('%s is valid draft-07, as yaml-language-server reads it', (name) => {
    const schema = editorSchema(name);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ strict: true, strictTypes: false });
    ajv.addKeyword('enumDescriptions');
    addFormats(ajv);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('describes at least 90% of the program file\'s properties', () => {
    const all = properties(editorSchema('program'));
    const bare = all.filter(([, node]) => !node.description).map(([path]) => path);
    console.log(`program schema: ${all.length - bare.length} of ${all.length} properties described; without: ${bare.join(', ')}`);
    expect((all.length - bare.length) / all.length).toBeGreaterThanOrEqual(0.9);
  });

  it('carries the rule text with its citation, examples, defaults and the meaning of each choice', () => {
    const byPath = new Map(properties(editorSchema('program')));
    const hours = byPath.get('training.totalHours')!;
    expect(hours.description).toContain('Required: formal training of at least 100 hours — 5 CFR 412.302(c)(2), proposed');
    expect(hours.default).toBe(100);
    expect(byPath.get('training.requiredTopics[].topic')!.enum).toEqual(expect.arrayContaining(['strategic-planning', 'accountability']));
    expect(byPath.get('training.requiredTopics[].topic')!.enumDescriptions).toContain('Strategic planning');
    const pool = byPath.get('recruitment.pool')!;
    expect(pool.enum).toEqual(['civil-service', 'all-sources']);
    expect(pool.enumDescriptions).toHaveLength(2);
    expect(byPath.get('agency.name')!.examples).toBeDefined();
    expect(byPath.get('ruleset')!.enum).toEqual(['nprm-2025', 'cfr-2009']);
  });
});
