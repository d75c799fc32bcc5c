// The repository's TypeScript compiler (root devDependency), used by tests
// only, to parse component sources.
// eslint-disable-next-line @backstage/no-undeclared-imports
import ts from 'typescript';

/** JSX props whose values people read or hear. */
export const USER_FACING_PROPS = new Set([
  'title',
  'label',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'alt',
  'helperText',
  'subheader',
  'subtitle',
  'description',
  'hint',
  'caption',
  'primary',
  'secondary',
  'tooltip',
  'titleAccess',
  'submitLabel',
  'submittingLabel',
  'allLabel',
  'emptyContent',
  'missing-text',
]);

/**
 * Object properties whose values people read: alert messages, table column
 * titles, chart series names, deep-link titles.
 */
export const USER_FACING_KEYS = new Set([
  'message',
  'title',
  'label',
  'name',
  'description',
  'tooltip',
  'caption',
  'primary',
  'secondary',
]);

/** Variables holding display text: `label`, `tooltip`, `emptyMessage`… */
function isUserFacingName(name: string): boolean {
  return /(label|title|tooltip|message|caption|description|hint|text)$/i.test(
    name,
  );
}

/** One text written into a component instead of taken from the ref. */
export interface UntranslatedText {
  file: string;
  line: number;
  text: string;
}

const LETTER = /\p{L}/u;

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return node.text;
  }
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map(s => s.literal.text)]
      .join('…')
      .trim();
  }
  return undefined;
}

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/**
 * Literal texts in a value: every string or template literal with a letter,
 * except in nested JSX elements and object literals (checked on their own),
 * call arguments (message keys, ids, locales) and comparisons (states).
 */
function textsIn(node: ts.Node, found: (node: ts.Node) => void) {
  const visit = (child: ts.Node) => {
    if (
      ts.isJsxElement(child) ||
      ts.isJsxSelfClosingElement(child) ||
      ts.isObjectLiteralExpression(child) ||
      ts.isCallExpression(child) ||
      (ts.isBinaryExpression(child) &&
        COMPARISONS.has(child.operatorToken.kind))
    ) {
      return;
    }
    const text = literalText(child);
    if (text !== undefined && LETTER.test(text)) found(child);
    if (text !== undefined && !ts.isTemplateExpression(child)) return;
    ts.forEachChild(child, visit);
  };
  visit(node);
}

/**
 * Finds texts in a component source that bypass the translation ref: JSX
 * text with letters, literal texts in user-facing props and in
 * user-facing object properties, and literal texts rendered as children.
 * `allowed` lists literal values that are not text (ids, CSS, units).
 */
export function findUntranslatedText(
  file: string,
  source: string,
  allowed: ReadonlySet<string> = new Set(),
): UntranslatedText[] {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const results: UntranslatedText[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (allowed.has(trimmed)) return;
    const { line } = sourceFile.getLineAndCharacterOfPosition(
      node.getStart(sourceFile),
    );
    results.push({ file, line: line + 1, text: trimmed });
  };
  const reportLiteral = (node: ts.Node) => report(node, literalText(node)!);

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) {
      report(node, node.text);
    } else if (
      ts.isJsxAttribute(node) &&
      node.initializer &&
      USER_FACING_PROPS.has(node.name.getText(sourceFile))
    ) {
      textsIn(node.initializer, reportLiteral);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      textsIn(node.expression, reportLiteral);
    } else if (
      ts.isPropertyAssignment(node) &&
      USER_FACING_KEYS.has(node.name.getText(sourceFile))
    ) {
      textsIn(node.initializer, reportLiteral);
    } else if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      isUserFacingName(node.name.getText(sourceFile))
    ) {
      textsIn(node.initializer, reportLiteral);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      isUserFacingName(node.left.getText(sourceFile))
    ) {
      textsIn(node.right, reportLiteral);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return results;
}
