// The document engine's public face: templates → one document model. Writers live in src/writers.

export type {
  Block,
  Callout,
  CalloutTone,
  ColumnAlign,
  DocumentMeta,
  DocumentModel,
  FieldType,
  FormField,
  Heading,
  HeadingLevel,
  Inline,
  LineBreak,
  List,
  ListItem,
  PageBreak,
  Paragraph,
  PlaceholderRun,
  SignatureBlock,
  Table,
  TableCell,
  TableColumn,
  TextRun,
  TitleBlock,
} from './model.js';
export {
  citationText,
  DATE_CAPTION,
  DATE_HINT,
  fieldLabel,
  inlineText,
  placeholderText,
  RATING_CHOICES,
  SIGNATURE_CAPTION,
  signatureFieldNames,
} from './model.js';
export { buildDocument as renderMarkup, normaliseCreated, type DocumentOptions } from './build.js';
export { renderTemplate, renderTemplateText, type RenderOptions } from './template/render.js';
export { TemplateError, MarkupError, type SourceLocation } from './errors.js';
export { escapeMarkup, sanitizeText, Markup } from './escape.js';
export { cfrCitation, formatDate, formatNumber, plural, type DateStyle, type MissingAnswer } from './helpers.js';
export { formFields, type FieldInfo } from './fields.js';
export { decodeFormIdentity, encodeFormIdentity, FORM_IDENTITY_KEY, type FormIdentity } from './form-identity.js';
