// A fillable form's identity, written into the files we make (PDF document info, DOCX custom property) so a
// filled form is recognised by what it is — which form, which version, whose — not by its file name.

export interface FormIdentity {
  /** The document id, e.g. "evaluation-participant". */
  form: string;
  /** The form's field-set version: a reader accepts only the version it knows. */
  version: number;
  /** The issuing agency's acronym (or name). */
  agency?: string;
  cohort?: string;
  participant?: string;
}

/** The key of the PDF document-info entry and of the DOCX custom property that hold the identity. */
export const FORM_IDENTITY_KEY = 'SescdpForm';
/**
 * The PDF also carries it as a hidden, read-only form field: every form filler keeps a form's fields, while some
 * (pypdf's writer, print-to-PDF) drop the document info.
 */
export const FORM_IDENTITY_FIELD = 'sescdp_form';

/** One line of JSON, keys in a fixed order, so the same form gives the same bytes. */
export function encodeFormIdentity(identity: FormIdentity): string {
  const { form, version, agency, cohort, participant } = identity;
  return JSON.stringify({ form, version, agency: agency ?? '', cohort: cohort ?? '', participant: participant ?? '' });
}

/** The identity in a text written by encodeFormIdentity, or undefined for anything else. */
export function decodeFormIdentity(text: string | undefined): FormIdentity | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d.form !== 'string' || typeof d.version !== 'number' || !Number.isInteger(d.version)) return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const identity: FormIdentity = { form: d.form, version: d.version };
  if (str(d.agency)) identity.agency = str(d.agency);
  if (str(d.cohort)) identity.cohort = str(d.cohort);
  if (str(d.participant)) identity.participant = str(d.participant);
  return identity;
}
