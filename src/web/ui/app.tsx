// The page: a banner that says what it is and that nothing leaves the computer, the file and settings bar, the
// sections as navigation, the screen in use, and the Findings region. It holds the work and keeps it in the browser
// after every change.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatPath, type Segment } from '../../model/data-path.js';
import { today, type IsoDate } from '../../model/dates.js';
import { AnswerContext } from '../../wizard/answer-context.js';
import { findSection, SECTIONS } from '../../wizard/sections/index.js';
import type { SaveHandle } from '../browser-files.js';
import { warmUp } from '../outputs.js';
import { concretePath, fieldId, restorable, sortBySection, staleAnswers, targetOf } from '../questions.js';
import { clearStoredWork, storeWork } from '../storage.js';
import { Work } from '../work.js';
import { CohortScreen } from './cohort-screen.js';
import { DocumentsScreen } from './documents-screen.js';
import { EnvContext, screenHash, screenOf, type Env, type Screen } from './env.js';
import { FindingsPanel, summaryLine } from './findings.js';
import { Notice, type NoticeData } from './notice.js';
import { ReviewScreen } from './review-screen.js';
import { RulesScreen } from './rules-screen.js';
import { SCREEN_TITLE } from './screen-heading.js';
import { SectionScreen } from './section-screen.js';
import { StartScreen } from './start-screen.js';
import { Toolbar } from './toolbar.js';
import { openProgramFile } from './open-program.js';

export interface Boot {
  work?: Work;
  notice?: NoticeData;
}

export function App({ boot }: { boot: Boot }) {
  const [work, setWork] = useState<Work | undefined>(boot.work);
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState(0);
  const [, setTouchedVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [asOf, setAsOf] = useState<IsoDate>(today());
  const [screen, setScreen] = useState<Screen>(() => screenOf(location.hash) ?? { kind: boot.work?.edited ? 'section' : 'review', id: SECTIONS[0]!.id } as Screen);
  const [notice, setNotice] = useState<NoticeData | undefined>(boot.notice);
  const [live, setLive] = useState('');
  const [starting, setStarting] = useState(!boot.work);
  const touched = useRef(new Set<string>());
  const stash = useRef(new Map<string, unknown>());
  const handle = useRef<SaveHandle | undefined>(undefined);
  const navigated = useRef(false);

  useEffect(() => {
    const onHash = () => {
      const next = screenOf(location.hash);
      if (next) {
        navigated.current = true;
        setScreen(next);
        setStarting(false);
      }
    };
    window.addEventListener('hashchange', onHash);
    // A program file dropped anywhere on the page opens (a file input takes the files dropped on it itself).
    const onDragOver = (e: DragEvent) => {
      if (!(e.target instanceof HTMLInputElement && e.target.type === 'file')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file') return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void openProgramFile(file, openRef.current, setNotice);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    // The writer workers load while the user reads the first screen, once the browser has nothing else to do.
    const idle = setTimeout(() => requestIdleCallback(warmUp, { timeout: 5000 }), 1000);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      clearTimeout(idle);
    };
  }, []);

  // A pause in typing (or any other change) lets the rest of the form catch up.
  useEffect(() => {
    const timer = setTimeout(() => setSettled(version), 200);
    return () => clearTimeout(timer);
  }, [version]);

  const derived = useMemo(() => {
    if (!work) return undefined;
    const ruleset = work.ruleset();
    const ctx = new AnswerContext(work.doc, ruleset, asOf);
    // In the order of the sections and their questions, as the file the wizard writes has them.
    const findings = sortBySection(ctx.findings());
    const sectionErrors = new Map<string, number>();
    for (const f of findings) {
      const section = f.severity === 'error' ? targetOf(f)?.section.id : undefined;
      if (section) sectionErrors.set(section, (sectionErrors.get(section) ?? 0) + 1);
    }
    return { ruleset, ctx, findings, sectionErrors };
  }, [work, version, asOf]);
  const applying = useMemo(() => derived?.ctx.applyingRules() ?? new Set<string>(), [work, settled, asOf, derived?.ruleset]);
  const envRef = useRef({} as Env);

  // Say what changed in the findings, once typing pauses (a screen reader hears the count, not every keystroke).
  const lastSummary = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!derived) return;
    const line = summaryLine(derived.findings);
    if (lastSummary.current === undefined || lastSummary.current === line) {
      lastSummary.current = line;
      return;
    }
    const timer = setTimeout(() => {
      lastSummary.current = line;
      setLive(`Findings now: ${line}.`);
    }, 900);
    return () => clearTimeout(timer);
  }, [derived]);

  // Focus follows navigation: the field a finding points at, or the new screen's heading.
  useEffect(() => {
    if (!navigated.current) return;
    navigated.current = false;
    requestAnimationFrame(() => {
      const target = screen.kind === 'section' && screen.focus ? focusTarget(screen.focus) : screen.kind === 'rules' && screen.rule ? document.getElementById(`rule-${screen.rule}`) : undefined;
      (target ?? document.getElementById(SCREEN_TITLE))?.focus();
      target?.scrollIntoView({ block: 'center' });
    });
  }, [screen, starting]);

  const keep = (w: Work) => {
    const refused = storeWork({ fileName: w.fileName, text: w.text(), edited: w.edited, inputs: w.inputs });
    if (refused) setNotice({ kind: 'error', text: refused });
  };

  const open = (w: Work, message: string, fileHandle?: SaveHandle) => {
    handle.current = fileHandle;
    touched.current = new Set();
    stash.current = new Map();
    setWork(w);
    keep(w);
    setGeneration((g) => g + 1);
    setVersion((v) => v + 1);
    setNotice({ kind: 'info', text: message });
    setStarting(false);
    navigated.current = true;
    const first: Screen = w.edited ? { kind: 'section', id: SECTIONS[0]!.id } : { kind: 'review' };
    setScreen(first);
    history.replaceState(null, '', screenHash(first));
  };

  const openRef = useRef(open);
  openRef.current = open;

  const go = (next: Screen) => {
    navigated.current = true;
    setStarting(false);
    if (location.hash !== screenHash(next)) history.pushState(null, '', screenHash(next));
    setScreen({ ...next });
  };

  if (!work || !derived || starting) {
    return (
      <Frame live={live} notice={notice} onDismiss={() => setNotice(undefined)}>
        <StartScreen
          current={work}
          onOpen={open}
          onResume={work ? () => go(screen.kind === 'section' || screen.kind === 'review' ? screen : { kind: 'review' }) : undefined}
          onProblem={(n) => setNotice(n)}
        />
      </Frame>
    );
  }

  /** Applies a change to the program, then does what follows every change. */
  const changed = (change: () => void, typing = false) => {
    change();
    work.edited = true;
    // Answers that no longer apply go (as the wizard drops them when a section is revisited), kept aside in case
    // the answer that removed them is changed back.
    for (const s of staleAnswers(derived.ctx)) {
      stash.current.set(formatPath(s.path), s.value);
      work.doc.set(s.path, undefined);
      setLive(`Removed "${s.label}": it no longer applies.`);
    }
    for (const r of restorable(derived.ctx, stash.current)) {
      work.doc.set(r.path, r.value);
      stash.current.delete(formatPath(r.path));
    }
    keep(work);
    setVersion((v) => {
      if (!typing) setSettled(v + 1);
      return v + 1;
    });
  };

  // One object for the page's life, so that a field drawn from a memo still reads the current state.
  const env: Env = Object.assign(envRef.current, {
    work,
    ctx: derived.ctx,
    ruleset: derived.ruleset,
    asOf,
    findings: derived.findings,
    sectionErrors: derived.sectionErrors,
    applying,
    touched: touched.current,
    generation,
    settled,
    set(path: readonly Segment[], value: unknown, typing = false) {
      changed(() => work.doc.set(path, value), typing);
    },
    refresh() {
      setGeneration((g) => g + 1);
    },
    setInputs(inputs) {
      work.inputs = inputs;
      keep(work);
      setVersion((v) => v + 1);
    },
    touch(path: readonly Segment[]) {
      const key = formatPath(path);
      if (!touched.current.has(key)) {
        touched.current.add(key);
        setTouchedVersion((v) => v + 1);
      }
    },
    go,
    announce: setLive,
  } satisfies Env);

  return (
    <EnvContext.Provider value={env}>
      <Frame live={live} notice={notice} onDismiss={() => setNotice(undefined)}>
        <Toolbar
          handle={handle.current}
          onOpen={open}
          onProblem={(n) => setNotice(n)}
          onNew={() => setStarting(true)}
          onClear={() => {
            clearStoredWork();
            setWork(undefined);
            setStarting(true);
            setNotice({ kind: 'info', text: 'The work kept in this browser is cleared. Nothing of it is left on this page.' });
          }}
          onRuleset={(id) => changed(() => work.setRuleset(id))}
          asOf={asOf}
          onAsOf={setAsOf}
          onSaved={(text) => setNotice({ kind: 'info', text })}
        />
        <div class="workspace">
          <SectionNav screen={screen} errors={derived.sectionErrors} />
          <main id="main" class="screen">
            <CurrentScreen screen={screen} />
          </main>
          <FindingsPanel />
        </div>
      </Frame>
    </EnvContext.Provider>
  );
}

function CurrentScreen({ screen }: { screen: Screen }) {
  switch (screen.kind) {
    case 'section': {
      const section = findSection(screen.id) ?? SECTIONS[0]!;
      return <SectionScreen key={section.id} section={section} />;
    }
    case 'review':
      return <ReviewScreen />;
    case 'documents':
      return <DocumentsScreen />;
    case 'cohort':
      return <CohortScreen />;
    case 'rules':
      return <RulesScreen />;
  }
}

/** The control for a data path: the question's own, else its group's first control. */
function focusTarget(path: string): HTMLElement | undefined {
  const id = fieldId(concretePath(path));
  const el = document.getElementById(id) ?? document.getElementById(`${id}-group`);
  if (!el) return undefined;
  if (el instanceof HTMLFieldSetElement) return (el.querySelector('input, textarea, select, button') as HTMLElement | null) ?? el;
  return el;
}

function Frame({ children, live, notice, onDismiss }: { children: preact.ComponentChildren; live: string; notice?: NoticeData; onDismiss: () => void }) {
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById(SCREEN_TITLE)?.focus())}>
        Skip to the questions
      </a>
      <header class="banner">
        <h1>
          sescdp <span class="subtitle">SES Candidate Development Program builder</span>
        </h1>
        <p class="privacy">
          <strong>Works offline.</strong> Nothing you type or open here leaves this computer: the page makes no network connection, and keeps your work only
          in this browser until you clear it.
        </p>
      </header>
      {notice ? <Notice notice={notice} onDismiss={onDismiss} /> : null}
      <div class="visually-hidden" role="status" aria-live="polite">
        {live}
      </div>
      {children}
    </>
  );
}

function SectionNav({ screen, errors }: { screen: Screen; errors: Map<string, number> }) {
  const errorsIn = (id: string) => errors.get(id) ?? 0;
  const current = (s: Screen) => (screen.kind === s.kind && (s.kind !== 'section' || (screen.kind === 'section' && screen.id === s.id)) ? ('page' as const) : undefined);
  return (
    <nav class="sections" aria-label="Sections and screens">
      <ol>
        {SECTIONS.map((s, i) => {
          const n = errorsIn(s.id);
          return (
            <li key={s.id}>
              <a href={screenHash({ kind: 'section', id: s.id })} aria-current={current({ kind: 'section', id: s.id })}>
                <span class="number">{i + 1}.</span> {s.title}
                {n ? (
                  <span class="count">
                    {' '}
                    ({n} {n === 1 ? 'error' : 'errors'})
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
      <ul>
        <li>
          <a href="#/review" aria-current={current({ kind: 'review' })}>
            Review all sections
          </a>
        </li>
        <li>
          <a href="#/documents" aria-current={current({ kind: 'documents' })}>
            Documents and package
          </a>
        </li>
        <li>
          <a href="#/cohort" aria-current={current({ kind: 'cohort' })}>
            Cohort documents
          </a>
        </li>
        <li>
          <a href="#/rules" aria-current={current({ kind: 'rules' })}>
            Rules checked
          </a>
        </li>
      </ul>
    </nav>
  );
}
