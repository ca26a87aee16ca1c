// Data paths as rule sets write them: "training.requiredTopics[].hours", where "[]" means
// every item of a list. Expanding one gives the concrete paths and the values found there.
export type Segment = string | number;
export type ConcretePath = Segment[];

const EACH = '[]';

export function parsePath(path: string): string[] {
  return path.replace(/\[\]/g, `.${EACH}`).split('.').filter(Boolean);
}

export interface Found {
  path: ConcretePath;
  value: unknown;
}

export function expand(data: unknown, path: string): Found[] {
  let found: Found[] = [{ path: [], value: data }];
  for (const seg of parsePath(path)) {
    const next: Found[] = [];
    for (const f of found) {
      if (seg === EACH) {
        if (Array.isArray(f.value)) f.value.forEach((v, i) => next.push({ path: [...f.path, i], value: v }));
      } else {
        const value = f.value !== null && typeof f.value === 'object' ? (f.value as Record<string, unknown>)[seg] : undefined;
        next.push({ path: [...f.path, seg], value });
      }
    }
    found = next;
  }
  return found;
}

/** The single value at a path without "[]". */
export function valueAt(data: unknown, path: string): unknown {
  return expand(data, path)[0]?.value;
}

export function formatPath(path: readonly Segment[]): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** True for an answer a user has actually given: not missing, not blank text, not an empty list or section. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
