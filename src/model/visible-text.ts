// User text on a terminal is data: names, ids, keys and paths from a file must not move the cursor, recolour the
// screen, retitle the window or hide what follows. Control characters (C0 with NUL, DEL, C1) and the bidirectional
// overrides that reorder a line are shown as escapes, as a programmer would write them (\x1b, \u202e).
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
