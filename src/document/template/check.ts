// Static checks on a template's syntax tree, so mistakes are reported with their line before anything runs:
// unknown helpers, `{{{triple}}}` (which would insert data unescaped) and partials that do not exist.

import type { parse } from 'handlebars';

type Program = ReturnType<typeof parse>;

export interface TemplateProblem {
  reason: string;
  line: number;
  column: number;
}

export interface PartialReference {
  name: string;
  line: number;
  column: number;
}

export interface TemplateOutline {
  problems: TemplateProblem[];
  partials: PartialReference[];
  /** Partials the template defines itself with {{#*inline "name"}}. */
  inlinePartials: Set<string>;
}

interface AnyNode {
  type: string;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

function pathName(node: AnyNode | undefined): string | undefined {
  if (!node || node.type !== 'PathExpression') return undefined;
  return node.original as string;
}

function isSimplePath(node: AnyNode): boolean {
  return node.type === 'PathExpression' && !node.data && (node.parts as string[]).length === 1 && node.depth === 0;
}

export function outlineTemplate(ast: Program, knownHelpers: ReadonlySet<string>): TemplateOutline {
  const outline: TemplateOutline = { problems: [], partials: [], inlinePartials: new Set() };
  const at = (node: AnyNode): { line: number; column: number } => ({
    line: node.loc?.start.line ?? 0,
    column: (node.loc?.start.column ?? 0) + 1,
  });
  const problem = (node: AnyNode, reason: string): void => {
    outline.problems.push({ reason, ...at(node) });
  };

  const checkCall = (node: AnyNode, alwaysHelper: boolean): void => {
    const path = node.path as AnyNode;
    const params = (node.params as AnyNode[] | undefined) ?? [];
    const hash = node.hash as AnyNode | undefined;
    const isCall = alwaysHelper || params.length > 0 || !!hash;
    if (path.type !== 'PathExpression') return; // a literal such as {{"text"}}
    const name = pathName(path)!;
    if (isCall && (!isSimplePath(path) || !knownHelpers.has(name))) {
      problem(node, `unknown helper "${name}" (known: ${[...knownHelpers].sort().join(', ')})`);
    }
  };

  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== 'object' || typeof (value as AnyNode).type !== 'string') return;
    const node = value as AnyNode;
    switch (node.type) {
      case 'MustacheStatement':
        if (node.escaped === false) {
          problem(node, 'triple braces {{{...}}} (or {{& ...}}) would insert data unescaped; use {{...}}');
        }
        checkCall(node, false);
        break;
      case 'BlockStatement':
        checkCall(node, false);
        break;
      case 'SubExpression':
        checkCall(node, true);
        break;
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const name = node.name as AnyNode;
        if (name.type === 'SubExpression') {
          problem(node, 'dynamic partials {{> (...)}} are not supported; name the partial');
        } else {
          const partial = name.type === 'PathExpression' ? (name.original as string) : String(name.value);
          if (partial !== '@partial-block') outline.partials.push({ name: partial, ...at(node) });
        }
        break;
      }
      case 'DecoratorBlock': {
        const first = (node.params as AnyNode[])[0];
        if (pathName(node.path as AnyNode) === 'inline' && first?.type === 'StringLiteral') {
          outline.inlinePartials.add(String(first.value));
        }
        break;
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'loc' && child && typeof child === 'object') visit(child);
    }
  };
  visit(ast);
  return outline;
}
