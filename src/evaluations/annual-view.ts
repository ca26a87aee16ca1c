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

const RATING_LABELS = ['1', '2', '3', '4', '5', 'N/A'];

/** What a screen reader reads for a rating's chart: every count, and the mean. */
function ratingAlt(r: RatingSummary): string {
  const counts = RATING_COLUMNS.map((k, i) => `${r.counts[k]} ${k === 'NA' ? 'answered N/A' : `rated ${RATING_LABELS[i]}`}`).join(', ');
  return `Bar chart of ${r.label}: ${counts}. Mean ${meanText(r.mean)} from ${r.answered} ${r.answered === 1 ? 'answer' : 'answers'} on the 1 to 5 scale.`;
}

function ratingRow(r: RatingSummary) {
  return {
    label: r.label,
    cells: RATING_COLUMNS.map((k) => String(r.counts[k])),
    answered: String(r.answered),
    mean: meanText(r.mean),
    chart: { labels: RATING_LABELS.join('|'), values: RATING_COLUMNS.map((k) => r.counts[k]).join('|'), alt: ratingAlt(r) },
  };
}

/** The placement rate by year as a line, when two or more years have a rate. */
function placementChart(results: EvaluationResults) {
  const years = results.placement.trend.filter((t) => t.rate !== undefined);
  if (years.length < 2) return undefined;
  const alt = `Line chart of the initial SES placement rate by fiscal year: ${years.map((t) => `${t.year} ${t.rate}% (${t.placed} of ${t.certified})`).join(', ')}.`;
  return { labels: years.map((t) => t.year).join('|'), values: years.map((t) => t.rate).join('|'), alt };
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
    placementChart: placementChart(results),
  };
}
