import type { RuleCondition, RuleNode } from '../model/types';
import type { RuleEvaluator } from './operators';
import { combinedOutcome, type Outcome, type RuleStatus } from './outcome';

/** The messages of the children with `status`, each once (two facts of one retriever share "no facts from …"). */
function join(children: Outcome[], status: RuleStatus): string {
  let message = '';
  let seen: Set<string> | undefined;
  for (const child of children) {
    if (child.status !== status) continue;
    if (!message) {
      message = child.message;
      continue;
    }
    seen ??= new Set([message]);
    if (seen.has(child.message)) continue;
    seen.add(child.message);
    message = `${message}; ${child.message}`;
  }
  return message;
}

/**
 * Why a `not` holds: what its failed child observed, in words that do not
 * claim the negated requirement (`lifecycle is 'production', not
 * 'deprecated'`, not `…, required 'deprecated'`).
 */
function negatedMessage(outcome: Outcome): string {
  const { requirement, children } = outcome;
  if (requirement !== undefined) {
    return outcome.message.replace(
      `, required ${requirement}`,
      `, not ${requirement}`,
    );
  }
  if (children && children.length > 1) {
    const parts = children
      .filter(child => child.status === outcome.status)
      .map(negatedMessage);
    if (parts.length > 0) return [...new Set(parts)].join('; ');
  }
  return outcome.message;
}

function combineAll(children: Outcome[]): Outcome {
  let failed = false;
  let error = false;
  let unknown = false;
  for (const child of children) {
    if (child.status === 'failed') failed = true;
    else if (child.status === 'error') error = true;
    else if (child.status === 'unknown') unknown = true;
  }
  let status: RuleStatus = 'passed';
  if (unknown) status = 'unknown';
  if (error) status = 'error';
  if (failed) status = 'failed';
  return combinedOutcome(status, join(children, status), children);
}

function combineAny(children: Outcome[]): Outcome {
  let passed = false;
  let error = false;
  let unknown = false;
  for (const child of children) {
    if (child.status === 'passed') passed = true;
    else if (child.status === 'error') error = true;
    else if (child.status === 'unknown') unknown = true;
  }
  let status: RuleStatus = 'failed';
  if (unknown) status = 'unknown';
  if (error) status = 'error';
  if (passed) status = 'passed';
  const message = join(children, status);
  return combinedOutcome(
    status,
    status === 'failed' ? `none met: ${message}` : message,
    children,
  );
}

function invert(child: Outcome): Outcome {
  if (child.status === 'passed') {
    return combinedOutcome('failed', `${child.message}; required not to hold`, [
      child,
    ]);
  }
  if (child.status === 'failed') {
    return combinedOutcome('passed', negatedMessage(child), [child]);
  }
  return combinedOutcome(child.status, child.message, [child]);
}

/**
 * A fallback chain: evaluates the children in order and returns, as it is, the
 * outcome of the first one that is not `unknown` (`passed`, `failed` or
 * `error`), without evaluating the rest; when all before the last are
 * `unknown`, the last child's outcome, whatever it is. So `first: [a, b]` is
 * `a` unless `a` is unknown, else `b` exactly. An `error` stops the chain: a
 * malformed preferred fact is reported, not hidden by the fallback.
 */
function compileFirst(children: RuleEvaluator[]): RuleEvaluator {
  const last = children.length - 1;
  return context => {
    for (let i = 0; i < last; i++) {
      const outcome = children[i](context);
      if (outcome.status !== 'unknown') return outcome;
    }
    return children[last](context);
  };
}

/**
 * Compiles a rule tree. `all` fails when any child fails (else error, unknown,
 * passed in that order); `any` passes when any child passes (else error,
 * unknown, failed); `first` is the first child outcome that is not unknown,
 * else the last child's; `not` swaps passed and failed.
 */
export function compileRule(
  node: RuleNode,
  compileLeaf: (condition: RuleCondition) => RuleEvaluator,
): RuleEvaluator {
  if ('all' in node || 'any' in node) {
    const list = 'all' in node ? node.all : node.any;
    const combine = 'all' in node ? combineAll : combineAny;
    const children = list.map(child => compileRule(child, compileLeaf));
    if (children.length === 1) return children[0];
    return context => {
      const outcomes = new Array<Outcome>(children.length);
      for (let i = 0; i < children.length; i++)
        outcomes[i] = children[i](context);
      return combine(outcomes);
    };
  }
  if ('first' in node) {
    const children = node.first.map(child => compileRule(child, compileLeaf));
    return children.length === 1 ? children[0] : compileFirst(children);
  }
  if ('not' in node) {
    const child = compileRule(node.not, compileLeaf);
    return context => invert(child(context));
  }
  return compileLeaf(node);
}
