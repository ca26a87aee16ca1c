// WordprocessingML measures: twips (1/20 pt) for lengths, half-points for font sizes, eighths of a point for borders.

export const twips = (points: number): number => Math.round(points * 20);
export const halfPoints = (points: number): number => Math.round(points * 2);
export const eighths = (points: number): number => Math.round(points * 8);

/** Escape text for an XML attribute or text node written by hand. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
