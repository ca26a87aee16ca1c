// What the cohort documents know about the cohort: the cohort file's facts (its dates are the ones checked), plus
// the outcomes and cost the program file records for a cohort of the same id. "Selected" is the roster's count, which is what the
// program manager would otherwise type into the cohort evaluation.
import type { CohortContext } from '../documents/views.js';
import type { LoadedCohort } from './load.js';

export function cohortContext(loaded: LoadedCohort): CohortContext {
  const c = loaded.cohort;
  const record = c.id ? loaded.program.program.cohorts?.find((r) => r.id === c.id) : undefined;
  return {
    id: c.id,
    subcomponent: c.subcomponent,
    startDate: c.startDate,
    endDate: c.endDate,
    graduationDate: c.graduationDate,
    programManager: c.programManager,
    outcomes: { ...record?.outcomes, selected: loaded.participants.length },
    cost: record?.cost,
  };
}
