// The results as the annual evaluation's template prints them: numbers formatted once, here, so the DOCX and the
// PDF (and the data tables under each chart) say exactly the same thing.
import type { EvaluationResults, RatingSummary } from './analyse.js';

const RATING_COLUMNS = ['1', '2', '3', '4', '5', 'NA'] as const;

function rateText(rate: number | undefined): string {
  return rate === undefined ? '—' : `${rate}%`;
}

function meanText(mean: number | undefined): string {
  return mean === undefined ? '—' : mean.toFixed(2);
}

function ratingRow(r: RatingSummary) {
  return { label: r.label, cells: RATING_COLUMNS.map((k) => String(r.counts[k])), answered: String(r.answered), mean: meanText(r.mean) };
}

export function annualResultsView(results: EvaluationResults) {
  const sections = [...new Set(results.ratings.map((r) => r.section))];
  return {
    year: results.year,
    formsRead: results.forms.read,
    formsCounted: results.forms.counted,
    formsRejected: results.forms.rejected.length,
    cohorts: results.cohorts.map((c) => ({
      id: c.id,
      expected: c.expected === undefined ? '—' : String(c.expected),
      returned: String(c.returned),
      rate: rateText(c.responseRate),
      programManager: c.programManagerForm ? 'Returned' : 'Not returned',
      notReturned: c.notReturned.length,
    })),
    ratingSections: sections.map((section) => ({ section, items: results.ratings.filter((r) => r.section === section).map(ratingRow) })),
    choices: results.choices.map((c) => ({ label: c.label, yes: String(c.yes), no: String(c.no), unanswered: String(c.unanswered) })),
    narratives: results.narratives.map((n) => ({ question: n.question, answers: n.answers })),
    programManagers: results.programManagers.map((pm) => ({
      cohort: pm.cohort,
      delivery: pm.delivery.map((d) => ({ label: d.label, met: d.met === true ? 'Yes' : d.met === false ? 'No' : 'Not answered', notes: d.notes })),
      facts: pm.facts.filter((f) => f.value),
      narratives: pm.narratives.filter((n) => n.text),
    })),
    placementCohorts: results.placement.cohorts.map((c) => ({ id: c.id, year: c.year ?? '—', certified: String(c.certified), placed: String(c.placed), rate: rateText(c.rate) })),
    placementTrend: results.placement.trend.map((t) => ({ year: t.year, certified: String(t.certified), placed: String(t.placed), rate: rateText(t.rate) })),
    placementOverall: { ...results.placement.overall, rate: rateText(results.placement.overall.rate) },
  };
}
