// Concrete data paths for answers: a question's key under its section or list item, and the
// plain-data reads and writes the wizard does before an answer is saved to the YAML document.
import { formatPath, type Segment } from '../model/data-path.js';

export function keyPath(base: readonly Segment[], key: string): Segment[] {
  return [...base, ...key.split('.').filter(Boolean)];
}

/** The rule-set form of a concrete path: list indexes become "[]" ("scope.subcomponents[].name"). */
export function patternOf(path: readonly Segment[]): string {
  return formatPath(path).replace(/\[\d+\]/g, '[]');
}

export function getIn(data: unknown, path: readonly Segment[]): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/** A copy of `data` with the value at `path` replaced, or removed when `value` is undefined. */
export function withValueAt<T>(data: T, path: readonly Segment[], value: unknown): T {
  const copy = structuredClone(data ?? {}) as Record<string | number, unknown>;
  if (path.length === 0) return (value ?? {}) as T;
  let node = copy;
  for (const [i, seg] of path.slice(0, -1).entries()) {
    if (node[seg] === null || typeof node[seg] !== 'object') {
      if (value === undefined) return copy as T;
      node[seg] = typeof path[i + 1] === 'number' ? [] : {};
    }
    node = node[seg] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value !== undefined) node[last] = structuredClone(value);
  else if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else delete node[last];
  return copy as T;
}

/** Whether a finding's path is the answer's path or inside it. */
export function within(findingPath: string, path: string): boolean {
  return findingPath === path || findingPath.startsWith(`${path}.`) || findingPath.startsWith(`${path}[`);
}
