// The shape of the question catalogue. A question names where its answer lives in the program
// file (`key`, a dotted path relative to its section or list item) and how it is asked. What a
// question requires, and its compliant default, come from the rule set at run time, never from here.
import type { IsoDate } from '../model/dates.js';
import type { Segment } from '../model/data-path.js';
import type { Program } from '../model/program.js';
import type { Ruleset } from '../rules/ruleset.js';

/** What a question can see when it decides whether it applies or what to offer. */
export interface Scope {
  ruleset: Ruleset;
  asOf: IsoDate;
  program: Program;
  /** Where relative keys start: [] for a section, the item's path inside a list. */
  base: Segment[];
  /** The value at a dotted key relative to `base` ('' is the base itself). */
  get(key: string): unknown;
}

export interface Choice {
  value: string;
  name: string;
  description?: string;
}

interface Common {
  key: string;
  /** Short name used in summaries ("Total hours of formal training"). */
  label: string;
  message: string;
  /** An example answer, shown in the prompt instead of a silent default (it may use earlier answers). */
  example?: string | ((s: Scope) => string);
  /** Asked only when this holds; otherwise skipped (and, when revisiting, any old answer removed). */
  when?: (s: Scope) => boolean;
  /** Other data paths whose findings this answer can newly cause (a sum, a derived total). */
  also?: string[];
  /**
   * A matter of record rather than a choice (a past approval or cohort date, OPM's minimum rate):
   * a "must" it breaks is reported but the answer, or its absence when it is not known, is kept,
   * because refusing a true date would leave no honest answer.
   */
  fact?: (value: unknown, s: Scope) => boolean;
  /** A consistency check the rule set does not make (the longest cohort is not shorter than the shortest). */
  sanity?: (value: unknown, s: Scope) => string | undefined;
  /** Needed by the wizard itself even when no rule asks for it (the name of a list item). */
  required?: boolean;
  /** Rules (by id) to name in the help line besides those on this path (a derived total). */
  helpRules?: string[];
}

export interface TextQuestion extends Common {
  kind: 'text';
}

export interface DateQuestion extends Common {
  kind: 'date';
}

export interface NumberQuestion extends Common {
  kind: 'number';
  whole?: boolean;
  positive?: boolean;
  max?: number;
  /** Shown in summaries after the number ("hours"). */
  unit?: string;
  /** Overrides the default derived from the rule on this path (at-least / at-most). */
  default?: (s: Scope) => number | undefined;
}

export interface ConfirmQuestion extends Common {
  kind: 'confirm';
  /** Overrides the default derived from the rules (the compliant answer). */
  default?: (s: Scope) => boolean;
}

export interface SelectQuestion extends Common {
  kind: 'select';
  choices: (s: Scope) => Choice[];
  default?: (s: Scope) => string;
}

export interface CheckboxQuestion extends Common {
  kind: 'checkbox';
  choices: (s: Scope) => Choice[];
  /** Ticked when there is no answer yet; by default every choice. */
  default?: (s: Scope) => string[];
}

/** A yes/no whose "yes" is the presence of a section (coaching) and "no" its absence. */
export interface GateQuestion extends Common {
  kind: 'gate';
  default?: (s: Scope) => boolean;
}

/** A list the user can add to, change and remove from. Items are objects, or strings when `item` is one question keyed ''. */
export interface ListQuestion extends Common {
  kind: 'list';
  /** "subcomponent", "partner agency": used in "Add a …". */
  noun: string;
  item: Question[];
  describe: (item: unknown, s: Scope) => string;
  /** Asked before an empty list is started; "no" records an empty list. */
  gate?: string;
  gateDefault?: (s: Scope) => boolean;
  /** Items proposed when the list is first opened (compliant under the rule set). */
  prefill?: (s: Scope) => unknown[];
  /** Whether "Add" is still offered (the required topics run out). */
  canAdd?: (s: Scope) => boolean;
  /** Items are short enough to write one per line (`- { topic: accountability, hours: 14 }`). */
  compact?: boolean;
}

export type Question =
  | TextQuestion
  | DateQuestion
  | NumberQuestion
  | ConfirmQuestion
  | SelectQuestion
  | CheckboxQuestion
  | GateQuestion
  | ListQuestion;

export interface Section {
  /** Used with `sescdp edit --section`. */
  id: string;
  title: string;
  questions: Question[];
}
