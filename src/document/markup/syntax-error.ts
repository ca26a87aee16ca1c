/** A syntax problem found while reading one line of markup; the block parser adds the line and file. */
export class MarkupSyntaxError extends Error {}
