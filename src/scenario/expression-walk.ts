/**
 * The sandbox: a whitelist walk over mathjs's AST that compiles to plain number closures.
 * What it accepts is listed in expression-vocabulary.ts.
 */
import { didYouMean } from './did-you-mean';
import {
  BINARY_OPERATORS,
  CONSTANTS,
  FORBIDDEN_FUNCTIONS,
  FUNCTIONS,
  UNARY_OPERATORS,
} from './expression-vocabulary';
import { getMath } from './math';

/** Deepest nesting accepted (parentheses, operators, function calls). */
export const MAX_EXPRESSION_DEPTH = 40;

/** A checked expression as a plain closure of its two variables, in the order of `Vocabulary.variables`. */
export type Evaluator = (a: number, b: number) => number;

/** The fields of mathjs nodes this module reads; everything else about a node is ignored. */
export interface AstNode {
  type: string;
  value?: unknown;
  name?: string;
  op?: string;
  fn?: unknown;
  args?: AstNode[];
  content?: AstNode;
  condition?: AstNode;
  trueExpr?: AstNode;
  falseExpr?: AstNode;
  conditionals?: string[];
  params?: AstNode[];
}

/** Thrown inside the walk; compileChecked turns it into a message. */
export class Refusal extends Error {}

const ALL_VARIABLES: ReadonlySet<string> = new Set(['t', 'year', 'x', 'eps']);

/** Constructs refused outright, by mathjs node type, with the words the message uses. */
const REFUSED_NODES: Readonly<Record<string, string>> = {
  AccessorNode: 'property access (a.b, a["b"], x[i]) is not allowed',
  IndexNode: 'indexing (x[i]) is not allowed',
  AssignmentNode: 'assignment (x = …) is not allowed',
  FunctionAssignmentNode: 'defining a function (f(x) = …) is not allowed',
  ObjectNode: 'objects ({…}) are not allowed',
  ArrayNode: 'arrays and matrices ([…]) are not allowed',
  BlockNode: 'several statements (separated by ; or new lines) are not allowed',
  RangeNode: 'ranges (a:b) are not allowed',
};

/** The two variables an expression kind may read, in the order its evaluator takes them. */
export interface Vocabulary {
  variables: readonly [string, string];
  /** Filled while compiling: which of the variables the expression reads. */
  used: Set<string>;
  /** The catalogue unit, so a refused unit can say what to write instead. */
  unitHint?: string;
}

function refuse(message: string): never {
  throw new Refusal(message);
}

function compileSymbol(name: string, vocabulary: Vocabulary): Evaluator {
  const [first, second] = vocabulary.variables;
  if (name === first) {
    vocabulary.used.add(name);
    return (a) => a;
  }
  if (name === second) {
    vocabulary.used.add(name);
    return (_a, b) => b;
  }
  if (Object.hasOwn(CONSTANTS, name)) {
    const constant = CONSTANTS[name];
    return () => constant;
  }
  if (Object.hasOwn(FUNCTIONS, name)) refuse(`'${name}' is a function: call it as ${name}(…)`);
  const allowed = [...vocabulary.variables, ...Object.keys(CONSTANTS)];
  // Variable names of the other kind ('t' is also mathjs's tonne) and one-letter names read as typos.
  if (name.length > 1 && !ALL_VARIABLES.has(name) && getMath().Unit.isValuelessUnit(name)) {
    const instead = vocabulary.unitHint ? ` in ${vocabulary.unitHint}` : '';
    refuse(`units inside expressions are not allowed ('${name}'): write plain numbers${instead}`);
  }
  refuse(`unknown symbol '${name}'${didYouMean(name, allowed)}; allowed: ${allowed.join(', ')}`);
}

function compileCall(node: AstNode, depth: number, vocabulary: Vocabulary): Evaluator {
  const callee = node.fn as AstNode | undefined;
  if (callee?.type !== 'SymbolNode' || typeof callee.name !== 'string') {
    refuse('calling the result of an expression is not allowed');
  }
  const name = callee.name;
  if (FORBIDDEN_FUNCTIONS.has(name)) refuse(`the function '${name}' is not allowed in a scenario expression`);
  if (!Object.hasOwn(FUNCTIONS, name)) {
    const known = Object.keys(FUNCTIONS);
    refuse(`unknown function '${name}'${didYouMean(name, known)}; allowed: ${known.join(', ')}`);
  }
  const spec = FUNCTIONS[name];
  const args = (node.args ?? []).map((arg) => compileNode(arg, depth + 1, vocabulary));
  if (args.length < spec.minArgs || args.length > spec.maxArgs) {
    const expected = spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : `${spec.minArgs} or more`;
    const range = spec.maxArgs === 2 && spec.minArgs === 1 ? '1 or 2' : expected;
    refuse(`${name}() takes ${range} argument${range === '1' ? '' : 's'}; got ${args.length}`);
  }
  const fn = spec.fn;
  if (args.length === 1) {
    const [x] = args;
    return (a, b) => fn(x(a, b));
  }
  if (args.length === 2) {
    const [x, y] = args;
    return (a, b) => fn(x(a, b), y(a, b));
  }
  return (a, b) => fn(...args.map((arg) => arg(a, b)));
}

function compileOperator(node: AstNode, depth: number, vocabulary: Vocabulary): Evaluator {
  const fnName = String(node.fn);
  const args = node.args ?? [];
  if (args.length === 2 && Object.hasOwn(BINARY_OPERATORS, fnName)) {
    const op = BINARY_OPERATORS[fnName];
    const left = compileNode(args[0], depth + 1, vocabulary);
    const right = compileNode(args[1], depth + 1, vocabulary);
    return (a, b) => op(left(a, b), right(a, b));
  }
  if (args.length === 1 && Object.hasOwn(UNARY_OPERATORS, fnName)) {
    const op = UNARY_OPERATORS[fnName];
    const operand = compileNode(args[0], depth + 1, vocabulary);
    return (a, b) => op(operand(a, b));
  }
  refuse(`the operator '${node.op}' (${fnName}) is not allowed`);
}

/** a < b <= c: every neighbouring pair must hold. */
function compileRelational(node: AstNode, depth: number, vocabulary: Vocabulary): Evaluator {
  const params = (node.params ?? []).map((param) => compileNode(param, depth + 1, vocabulary));
  const comparisons = (node.conditionals ?? []).map((name) => {
    if (!Object.hasOwn(BINARY_OPERATORS, name)) refuse(`the comparison '${name}' is not allowed`);
    return BINARY_OPERATORS[name];
  });
  return (a, b) => {
    for (let i = 0; i < comparisons.length; i++) {
      if (comparisons[i](params[i](a, b), params[i + 1](a, b)) === 0) return 0;
    }
    return 1;
  };
}

/**
 * Walks a mathjs AST, refusing every node outside the whitelist (throws Refusal), and builds the
 * closure that evaluates it on plain numbers: mathjs itself never runs the user's expression.
 */
export function compileNode(node: AstNode, depth: number, vocabulary: Vocabulary): Evaluator {
  if (depth > MAX_EXPRESSION_DEPTH)
    refuse(`the expression is nested too deeply (more than ${MAX_EXPRESSION_DEPTH} levels)`);
  if (Object.hasOwn(REFUSED_NODES, node.type)) refuse(REFUSED_NODES[node.type]);
  switch (node.type) {
    case 'ConstantNode': {
      const value = node.value;
      if (typeof value !== 'number') {
        refuse(
          typeof value === 'string'
            ? 'strings ("…") are not allowed'
            : value === undefined
              ? 'the expression is empty (mathjs reads everything after # as a comment)'
              : `the constant ${String(value)} is not allowed: numbers only`,
        );
      }
      return () => value;
    }
    case 'SymbolNode':
      return compileSymbol(String(node.name), vocabulary);
    case 'ParenthesisNode':
      return compileNode(node.content as AstNode, depth + 1, vocabulary);
    case 'OperatorNode':
      return compileOperator(node, depth, vocabulary);
    case 'RelationalNode':
      return compileRelational(node, depth, vocabulary);
    case 'FunctionNode':
      return compileCall(node, depth, vocabulary);
    case 'ConditionalNode': {
      const condition = compileNode(node.condition as AstNode, depth + 1, vocabulary);
      const whenTrue = compileNode(node.trueExpr as AstNode, depth + 1, vocabulary);
      const whenFalse = compileNode(node.falseExpr as AstNode, depth + 1, vocabulary);
      return (a, b) => (condition(a, b) !== 0 ? whenTrue(a, b) : whenFalse(a, b));
    }
    default:
      refuse(`the construct ${node.type} is not allowed`);
  }
}
