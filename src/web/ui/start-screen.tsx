// The first screen: open a program file (or drop one), start a new program under a rule set (the wizard's first
// question), or try the example agency. When work is kept in this browser it says so, and offers to go back to it.
import { useState } from 'preact/hooks';
import { availableRulesets, DEFAULT_RULESET, loadRuleset } from '../../rules/ruleset.js';
import { exampleProgram } from '../examples.js';
import { Work } from '../work.js';
import type { NoticeData } from './notice.js';
import { OpenProgramInput } from './open-program-input.js';
import { problemNotice, type Opener } from './open-program.js';

export function StartScreen({ current, onOpen, onResume, onProblem }: { current?: Work; onOpen: Opener; onResume?: () => void; onProblem: (n: NoticeData) => void }) {
  const rulesets = availableRulesets()
    .sort((a, b) => Number(b === DEFAULT_RULESET) - Number(a === DEFAULT_RULESET))
    .map((id) => loadRuleset(id));
  const [rulesetId, setRulesetId] = useState(DEFAULT_RULESET);
  const [dragging, setDragging] = useState(false);
  return (
    <main id="main" class={`start${dragging ? ' dragging' : ''}`} onDragOver={() => setDragging(true)} onDragLeave={() => setDragging(false)} onDrop={() => setDragging(false)}>
      <h2 id="screen-title" tabIndex={-1}>
        Build your SES Candidate Development Program
      </h2>
      <p class="lead">
        This page asks the questions of your agency's SESCDP policy (5 CFR part 412, subpart C), checks every answer against the rule as you type, and writes
        the policy, the Executive Development Plans, the evaluation forms and the package for OPM as Word and PDF files. It is the <code>sescdp</code>{' '}
        command-line tool in one file: the same questions, checks and documents.
      </p>
      {current ? (
        <section class="card resume" aria-labelledby="resume-title">
          <h3 id="resume-title">Go on with your work</h3>
          <p>
            This browser is keeping <strong>{current.fileName}</strong>
            {current.edited ? ', with changes not yet saved to a file' : ''}. Starting something else below replaces it: save it first if you need it (Save the
            program file, on the work screen).
          </p>
          {onResume ? (
            <button type="button" onClick={onResume}>
              Go on with {current.fileName}
            </button>
          ) : null}
        </section>
      ) : null}
      <div class="start-options">
        <section class="card" aria-labelledby="open-title">
          <h3 id="open-title">Open a program file</h3>
          <p>A program file (YAML, usually sescdp.yaml) written with this page, with sescdp init, or by hand. You can also drop it anywhere on this page.</p>
          <OpenProgramInput onOpen={onOpen} onProblem={onProblem} />
        </section>
        <section class="card" aria-labelledby="new-title">
          <h3 id="new-title">Start a new program</h3>
          <fieldset>
            <legend>Which rule should the program meet?</legend>
            <p class="hint">Every question's help, suggested answer and check comes from the rule you choose.</p>
            {rulesets.map((rs) => (
              <label class="choice" key={rs.id}>
                <input type="radio" name="new-ruleset" value={rs.id} checked={rulesetId === rs.id} onChange={() => setRulesetId(rs.id)} /> {rs.shortTitle} ({rs.id})
                <span class="choice-note">{rs.title}</span>
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => onOpen(Work.blank(loadRuleset(rulesetId)), `A new program under the ${loadRuleset(rulesetId).shortTitle}. Answer the questions section by section; every answer is kept in this browser as you type.`)}>
            Start a new program
          </button>
        </section>
        <section class="card" aria-labelledby="example-title">
          <h3 id="example-title">Try the example</h3>
          <p>The Department of Federal Infrastructure, a fictional department with two subcomponents, with every section filled in.</p>
          <button
            type="button"
            onClick={() => {
              try {
                const file = exampleProgram();
                onOpen(Work.open(file.name, file.text), 'Opened the example program (examples/dfi/sescdp.yaml). Change anything: it is your copy, kept in this browser.');
              } catch (err) {
                onProblem(problemNotice(err, 'the example'));
              }
            }}
          >
            Open the example program
          </button>
        </section>
      </div>
    </main>
  );
}
