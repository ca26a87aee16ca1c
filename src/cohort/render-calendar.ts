// The cohort calendar document: templates/cohort-calendar.hbs over the calendar view. It is a cohort document,
// not one of the program's (documents/catalog.ts), since only `sescdp cohort` has a cohort to show.
import { join } from 'node:path';
import { renderTemplate, type MissingAnswer } from '../document/index.js';
import type { DocumentModel } from '../document/model.js';
import { cohortCalendarView } from '../documents/cohort-calendar-view.js';
import { documentFileBase, slug } from '../documents/file-names.js';
import { documentConsistency } from '../documents/consistency.js';
import { programView } from '../documents/program-view.js';
import type { Participant } from '../model/participant.js';
import { templateDir } from '../paths.js';
import type { CohortRenderSettings } from './render-documents.js';

export function renderCalendar(settings: CohortRenderSettings, participants: readonly Participant[]): DocumentModel {
  const { program, ruleset, asOf, stamp, cohort } = settings;
  const view = cohortCalendarView(programView(program, ruleset, asOf), ruleset, cohort, participants);
  const missing: MissingAnswer[] = [];
  const model = renderTemplate(join(templateDir, 'cohort-calendar.hbs'), view, { created: asOf, stamp, missing });
  settings.missing?.record('cohort-calendar', missing);
  settings.missing?.consistency.push(...documentConsistency('cohort-calendar', model));
  return model;
}

/** Named like the other cohort documents: DFI-bhb-2027-cohort-calendar-2026-11-22. */
export function calendarFileBase(settings: CohortRenderSettings): string {
  const id = slug(settings.cohort.id ?? '');
  return documentFileBase(settings.program.agency?.acronym, `${id ? `${id}-` : ''}cohort-calendar`, settings.asOf, Boolean(settings.stamp));
}
