// The plain data of a parsed YAML document, in one pass whose cost is bounded by what the document expands to.
// yaml's own toJS looks every alias up by scanning all anchors and aliases before it (quadratic: 100,000 aliases took
// 99 s) and bounds aliases by how often they are used, not by how much they expand to (a 717 KB file filled the
// heap); its duplicate-key check compares each key with every other (100,000 keys: over a minute). Here anchors are a
// map, duplicate keys a set per mapping, and every alias adds the size of what it stands for to a running total.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Values (scalars, lists, mappings) a file may expand to, aliases counted at their full size: far above any real file. */
export const MAX_EXPANDED_VALUES = 2_000_000;
/** Mappings and lists inside each other: a program file nests about 6 deep. */
export const MAX_DEPTH = 100;

/** A problem at a place in the source (an offset), with a message for the user. */
export class YamlDataProblem extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

interface Converted {
  value: unknown;
  /** How many values this one expands to (itself included). */
  size: number;
}

export function yamlToData(doc: Document): unknown {
  const anchors = new Map<string, Converted>();
  let total = 0;

  const convert = (node: unknown, depth: number): Converted => {
    if (node === null || node === undefined) return count({ value: null, size: 1 }, node);
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) throw at(node, `the alias *${node.source} has no anchor &${node.source} before it`);
      return count(target, node);
    }
    if (depth > MAX_DEPTH) throw at(node, `values are nested more than ${MAX_DEPTH} levels deep here; no sescdp file needs that`);
    let result: Converted;
    const tag = (node as { tag?: string }).tag;
    if (tag && TAG_TYPES[shortTag(tag)]) throw at(node, tagMessage(tag));
    if (isScalar(node)) result = { value: node.value, size: 1 };
    else if (isSeq(node)) {
      const list: unknown[] = [];
      let size = 1;
      for (const item of node.items) {
        const c = convert(item, depth + 1);
        list.push(c.value);
        size += c.size;
      }
      result = { value: list, size };
    } else if (isMap(node)) {
      const map: Record<string, unknown> = {};
      const seen = new Set<string>();
      let size = 1;
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (keyNode !== null && !isScalar(keyNode)) throw at(keyNode, 'a key must be plain text, not a list, a section or an alias');
        const key = keyNode === null || keyNode.value === null ? '' : String(keyNode.value);
        if (seen.has(key)) throw at(keyNode, `the key "${key}" appears twice in this section; keys must be unique`);
        seen.add(key);
        const c = convert(pair.value, depth + 1);
        // A key named __proto__ is data like any other, never the object's prototype.
        if (key === '__proto__') Object.defineProperty(map, key, { value: c.value, enumerable: true, writable: true, configurable: true });
        else map[key] = c.value;
        size += c.size;
      }
      result = { value: map, size };
    } else {
      throw at(node, 'this kind of YAML value is not supported');
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, result);
    return count({ value: result.value, size: result.size }, node, 1);
  };

  /** Adds to the total what a value costs: 1 for a value just built (its children were counted), the full size for an alias. */
  const count = (c: Converted, node: unknown, cost = c.size): Converted => {
    total += cost;
    if (total > MAX_EXPANDED_VALUES) {
      throw at(node, `the file expands to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values (its aliases *name repeat too much); write the repeated parts out, or nest aliases less deeply`);
    }
    return c;
  };

  return convert(doc.contents, 0).value;
}

function at(node: unknown, message: string): YamlDataProblem {
  return new YamlDataProblem((node as Node | null)?.range?.[0] ?? 0, message);
}

/** YAML types beyond text, numbers, true/false and null: yaml reads them (as bytes, Date, Set...), our files never hold them. */
const TAG_TYPES: Record<string, string> = {
  '!!binary': 'binary data',
  '!!timestamp': 'a date and time',
  '!!set': 'a set',
  '!!omap': 'an ordered map',
  '!!pairs': 'a list of pairs',
};

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

/** The message for a value whose tag (explicit type) we do not read. */
export function tagMessage(tag: string): string {
  const short = shortTag(tag);
  const type = TAG_TYPES[short];
  return `the value is tagged ${short}${type ? ` (${type})` : ''}, which sescdp does not read: write it without the tag, as plain text, a number, true/false or a date YYYY-MM-DD`;
}
