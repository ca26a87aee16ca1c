// Human labels for the ids the program file stores (ERB duties, EDP elements, training formats...).
// They come from the rule sets' parameter lists; when the chosen rule set has no such list (the
// 2009 rule names no EDP elements) another rule set's wording is used, then the id itself.
import { ecqSet } from '../rules/ecqs.js';
import { availableRulesets, loadRuleset, type Labelled, type Ruleset } from '../rules/ruleset.js';
import type { Choice } from './question.js';

export function labelledList(ruleset: Ruleset, parameter: string): Labelled[] | undefined {
  const v = ruleset.parameters[parameter]?.value;
  return Array.isArray(v) ? v : undefined;
}

/** Choices for the given ids, labelled from the rule set's list `parameter` where it can. */
export function choicesFor(ruleset: Ruleset, parameter: string, ids: readonly string[]): Choice[] {
  const lists = [ruleset, ...availableRulesets().filter((id) => id !== ruleset.id).map((id) => loadRuleset(id))]
    .map((rs) => labelledList(rs, parameter))
    .filter((l): l is Labelled[] => l !== undefined);
  return ids.map((id) => {
    const label = lists.map((l) => l.find((x) => x.id === id)?.label).find(Boolean);
    return { value: id, name: upperFirst(label ?? id.replace(/-/g, ' ')) };
  });
}

/** The ECQ sets of schemas/ecqs.yaml, as choices that list their qualifications. */
export function ecqSetChoices(ids: readonly string[]): Choice[] {
  return ids.map((id) => {
    const set = ecqSet(id);
    return set ? { value: id, name: set.title, description: set.qualifications.map((q) => q.name).join('; ') } : { value: id, name: id };
  });
}

export function upperFirst(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
