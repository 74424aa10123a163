import type { Labels, Tri } from './model.js';
import { triAnd, triNot, triOf, triOr } from './tri.js';

/** A Calico selector expression (`app == 'web' && has(tier)`), parsed. */
export type CalicoExpression =
  | { op: 'all' }
  | { op: 'global' }
  | { op: 'has'; key: string }
  | { op: 'not'; operand: CalicoExpression }
  | { op: 'and' | 'or'; left: CalicoExpression; right: CalicoExpression }
  | { op: 'eq' | 'ne' | 'starts' | 'ends' | 'contains'; key: string; value: string }
  | { op: 'in' | 'notIn'; key: string; values: readonly string[] };

type Token = { type: 'word' | 'string' | 'symbol'; text: string };

const symbols = ['&&', '||', '==', '!=', '(', ')', '{', '}', ',', '!'];
const wordPattern = /^[A-Za-z0-9_./-]+/;

function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const trimmed = rest.trimStart();
    if (trimmed.length === 0) break;
    rest = trimmed;
    const quote = rest[0];
    if (quote === "'" || quote === '"') {
      const end = rest.indexOf(quote, 1);
      if (end < 0) return `unterminated string in selector "${text}"`;
      tokens.push({ type: 'string', text: rest.slice(1, end) });
      rest = rest.slice(end + 1);
      continue;
    }
    const symbol = symbols.find((candidate) => rest.startsWith(candidate));
    if (symbol !== undefined) {
      tokens.push({ type: 'symbol', text: symbol });
      rest = rest.slice(symbol.length);
      continue;
    }
    const word = wordPattern.exec(rest)?.[0];
    if (word === undefined) return `unexpected "${rest[0] ?? ''}" in selector "${text}"`;
    tokens.push({ type: 'word', text: word });
    rest = rest.slice(word.length);
  }
  return tokens;
}

class SelectorSyntaxError extends Error {}

function parser(tokens: readonly Token[], text: string) {
  let position = 0;
  const fail = (what: string): never => {
    throw new SelectorSyntaxError(`${what} in selector "${text}"`);
  };
  const peek = () => tokens[position];
  const isSymbol = (symbol: string) => peek()?.type === 'symbol' && peek()?.text === symbol;
  const isWord = (word: string) => peek()?.type === 'word' && peek()?.text === word;
  const expectSymbol = (symbol: string) => {
    if (!isSymbol(symbol)) fail(`expected "${symbol}"`);
    position += 1;
  };
  const expectWord = (word: string) => {
    if (!isWord(word)) fail(`expected "${word}"`);
    position += 1;
  };
  const string = (): string => {
    const token = peek();
    if (token?.type !== 'string') return fail('expected a quoted value');
    position += 1;
    return token.text;
  };
  const stringSet = (): string[] => {
    expectSymbol('{');
    const values: string[] = [];
    while (!isSymbol('}')) {
      values.push(string());
      if (!isSymbol('}')) expectSymbol(',');
    }
    expectSymbol('}');
    return values;
  };
  function comparison(key: string): CalicoExpression {
    if (isSymbol('==')) return (position++, { op: 'eq', key, value: string() });
    if (isSymbol('!=')) return (position++, { op: 'ne', key, value: string() });
    if (isWord('in')) return (position++, { op: 'in', key, values: stringSet() });
    if (isWord('not')) {
      position += 1;
      expectWord('in');
      return { op: 'notIn', key, values: stringSet() };
    }
    if (isWord('starts') || isWord('ends')) {
      const op = peek()?.text === 'starts' ? 'starts' : 'ends';
      position += 1;
      expectWord('with');
      return { op, key, value: string() };
    }
    if (isWord('contains')) return (position++, { op: 'contains', key, value: string() });
    return fail(`expected an operator after "${key}"`);
  }
  function primary(): CalicoExpression {
    if (isSymbol('!')) return (position++, { op: 'not', operand: primary() });
    if (isSymbol('(')) {
      position += 1;
      const inner = or();
      expectSymbol(')');
      return inner;
    }
    const token = peek();
    if (token?.type !== 'word') return fail('expected a label or function');
    position += 1;
    if (isSymbol('(')) {
      position += 1;
      if (token.text === 'has') {
        const key = peek();
        if (key?.type !== 'word') return fail('expected a label in has()');
        position += 1;
        expectSymbol(')');
        return { op: 'has', key: key.text };
      }
      expectSymbol(')');
      if (token.text === 'all') return { op: 'all' };
      if (token.text === 'global') return { op: 'global' };
      return fail(`unknown function ${token.text}()`);
    }
    return comparison(token.text);
  }
  function and(): CalicoExpression {
    let left = primary();
    while (isSymbol('&&')) {
      position += 1;
      left = { op: 'and', left, right: primary() };
    }
    return left;
  }
  function or(): CalicoExpression {
    let left = and();
    while (isSymbol('||')) {
      position += 1;
      left = { op: 'or', left, right: and() };
    }
    return left;
  }
  return {
    parse(): CalicoExpression {
      const expression = or();
      if (position < tokens.length) fail(`unexpected "${peek()?.text ?? ''}"`);
      return expression;
    },
  };
}

/** Parses a selector; an empty one is `all()`, as Calico reads an omitted selector. */
export function parseCalicoSelector(text: string): { expression: CalicoExpression } | { error: string } {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { error: tokens };
  if (tokens.length === 0) return { expression: { op: 'all' } };
  try {
    return { expression: parser(tokens, text).parse() };
  } catch (error) {
    if (error instanceof SelectorSyntaxError) return { error: error.message };
    throw error;
  }
}

/** The label keys an expression reads. */
export function calicoKeys(expression: CalicoExpression): string[] {
  switch (expression.op) {
    case 'all':
    case 'global':
      return [];
    case 'not':
      return calicoKeys(expression.operand);
    case 'and':
    case 'or':
      return [...calicoKeys(expression.left), ...calicoKeys(expression.right)];
    default:
      return [expression.key];
  }
}

/** Whether the expression uses `global()`, which selects non-namespaced endpoints Bulwark does not model. */
export function usesGlobal(expression: CalicoExpression): boolean {
  switch (expression.op) {
    case 'global':
      return true;
    case 'not':
      return usesGlobal(expression.operand);
    case 'and':
    case 'or':
      return usesGlobal(expression.left) || usesGlobal(expression.right);
    default:
      return false;
  }
}

type Comparison = Extract<CalicoExpression, { key: string }>;

function compare(expression: Comparison, value: string | undefined): boolean {
  switch (expression.op) {
    case 'has':
      return value !== undefined;
    case 'eq':
      return value === expression.value;
    case 'ne':
      return value !== expression.value;
    case 'in':
      return value !== undefined && expression.values.includes(value);
    case 'notIn':
      return value === undefined || !expression.values.includes(value);
    case 'starts':
      return value !== undefined && value.startsWith(expression.value);
    case 'ends':
      return value !== undefined && value.endsWith(expression.value);
    case 'contains':
      return value !== undefined && value.includes(expression.value);
  }
}

/** Evaluates against labels of which only the `isKnown` keys are known for sure. */
export function evaluateCalico(
  expression: CalicoExpression,
  labels: Labels,
  isKnown: (key: string) => boolean = () => true,
): Tri {
  switch (expression.op) {
    case 'all':
      return 'yes';
    case 'global':
      return 'maybe';
    case 'not':
      return triNot(evaluateCalico(expression.operand, labels, isKnown));
    case 'and':
      return triAnd(
        evaluateCalico(expression.left, labels, isKnown),
        evaluateCalico(expression.right, labels, isKnown),
      );
    case 'or':
      return triOr(
        evaluateCalico(expression.left, labels, isKnown),
        evaluateCalico(expression.right, labels, isKnown),
      );
    default:
      return isKnown(expression.key) ? triOf(compare(expression, labels[expression.key])) : 'maybe';
  }
}
