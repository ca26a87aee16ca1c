// What people type that validate checks besides the rule: e-mail addresses, phone numbers, and lists with an item
// given twice. Each is a finding at the value's line and column.
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../src/model/load.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { validateProgram } from '../../src/rules/validate.js';

const TEXT = `contacts:
  - name: Gregory Ashworth
    email: gregory.ashworth@agency
    phone: "12"
  - name: gregory  ashworth
    email: g.a@agency.gov
    phone: 202-555-0100 x12
scope:
  subcomponents:
    - { name: Bureau of Ports, acronym: BP }
    - { name: Bureau of Piers, acronym: bp }
training:
  requiredTopics:
    - { topic: accountability, hours: 14 }
    - { topic: accountability, hours: 14 }
signatory:
  email: "dana whitfield@agency.gov"
  phone: +1 (202) 555-0199
`;

describe.each(['nprm-2025', 'cfr-2009'])('under %s', (id) => {
  const loaded = parseProgram('p.yaml', TEXT);
  const findings = validateProgram(loaded.program, loadRuleset(id), { asOf: '2026-11-22', locate: (p) => loaded.source.locate(p) });
  const of = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);

  it('reports an e-mail that is not an address, and a phone that is not a number, where they are', () => {
    expect(of('email-format')).toEqual([
      '3:12 warning "gregory.ashworth@agency" is not an e-mail address; write it as name@agency.gov.',
      '17:10 warning "dana whitfield@agency.gov" is not an e-mail address; write it as name@agency.gov.',
    ]);
    expect(of('phone-format')).toEqual(['4:12 warning "12" is not a phone number; write it as 202-555-0100 (an extension as x123).']);
  });

  it('reports the second of two items with the same name, acronym or topic, whatever the case', () => {
    expect(of('unique-contacts')).toEqual(['5:11 error "gregory  ashworth" is listed more than once as a contact; list each once.']);
    expect(of('unique-subcomponent-acronyms')).toEqual(['11:41 error "bp" is listed more than once as a subcomponent acronym; list each once.']);
    expect(of('unique-subcomponent-names')).toEqual([]);
    if (id === 'nprm-2025') expect(of('unique-required-topics')).toEqual(['15:16 error "accountability" is listed more than once as a required topic; list each once.']);
  });
});
