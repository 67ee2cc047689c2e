/**
 * GitHub Actions expressions (`if:`, `continue-on-error: ${{ }}`) evaluated as the runner does, for one known event.
 * Pure and total: anything the grader cannot know (secrets, vars, matrix, step outputs, event payloads) is UNKNOWN.
 */

/** A value the grader cannot know statically. */
export const UNKNOWN: unique symbol = Symbol('unknown');
type Value = string | number | boolean | null | readonly Value[] | { readonly [k: string]: Value } | typeof UNKNOWN;

/**
 * The contexts of one run: the listed `github` properties are known; the rest of `github` (event payload, actor,
 * sha ...) and every other context (env, vars, matrix, steps ...) is unknown.
 */
export interface ExprContext {
  github: { readonly [k: string]: Value };
}

type Node =
  | { t: 'lit'; v: Value }
  | { t: 'ctx'; name: string }
  | { t: 'get'; obj: Node; key: Node }
  | { t: 'call'; fn: string; args: Node[] }
  | { t: 'not'; e: Node }
  | { t: 'bin'; op: string; l: Node; r: Node };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?|0x[0-9a-f]+)|('(?:[^']|'')*')|([A-Za-z_][\w-]*)|(==|!=|<=|>=|&&|\|\||[!<>().,[\]*]))/iy;

function tokenize(src: string): string[] | null {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) return null;
    out.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: string[]) {}
  private peek(): string | undefined {
    return this.tokens[this.i];
  }
  private take(expected?: string): string {
    const t = this.tokens[this.i++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new SyntaxError(expected ?? 'end');
    return t;
  }
  parse(): Node {
    const n = this.or();
    if (this.i !== this.tokens.length) throw new SyntaxError('trailing');
    return n;
  }
  private or(): Node {
    let l = this.and();
    while (this.peek() === '||') l = { t: 'bin', op: this.take(), l, r: this.and() };
    return l;
  }
  private and(): Node {
    let l = this.eq();
    while (this.peek() === '&&') l = { t: 'bin', op: this.take(), l, r: this.eq() };
    return l;
  }
  private eq(): Node {
    let l = this.cmp();
    while (this.peek() === '==' || this.peek() === '!=') l = { t: 'bin', op: this.take(), l, r: this.cmp() };
    return l;
  }
  private cmp(): Node {
    let l = this.unary();
    while (['<', '>', '<=', '>='].includes(this.peek() ?? '')) l = { t: 'bin', op: this.take(), l, r: this.unary() };
    return l;
  }
  private unary(): Node {
    if (this.peek() === '!') {
      this.take();
      return { t: 'not', e: this.unary() };
    }
    return this.postfix(this.primary());
  }
  private primary(): Node {
    const t = this.take();
    if (t === '(') {
      const e = this.or();
      this.take(')');
      return e;
    }
    if (t.startsWith("'")) return { t: 'lit', v: t.slice(1, -1).replace(/''/g, "'") };
    if (/^(?:\d|0x)/i.test(t)) return { t: 'lit', v: Number(t) };
    if (t === 'true' || t === 'false') return { t: 'lit', v: t === 'true' };
    if (t === 'null') return { t: 'lit', v: null };
    if (/^[A-Za-z_]/.test(t)) {
      if (this.peek() === '(') {
        this.take('(');
        const args: Node[] = [];
        if (this.peek() !== ')') {
          args.push(this.or());
          while (this.peek() === ',') {
            this.take();
            args.push(this.or());
          }
        }
        this.take(')');
        return { t: 'call', fn: t.toLowerCase(), args };
      }
      return { t: 'ctx', name: t.toLowerCase() };
    }
    throw new SyntaxError(t);
  }
  private postfix(n: Node): Node {
    for (;;) {
      if (this.peek() === '.') {
        this.take();
        const k = this.take();
        // `.*` object filters select over unknown payloads: the result is unknown
        n = { t: 'get', obj: n, key: k === '*' ? { t: 'lit', v: UNKNOWN } : { t: 'lit', v: k } };
      } else if (this.peek() === '[') {
        this.take();
        const k = this.or();
        this.take(']');
        n = { t: 'get', obj: n, key: k };
      } else return n;
    }
  }
}

const truthy = (v: Exclude<Value, typeof UNKNOWN>): boolean => !(v === false || v === null || v === 0 || v === '' || Number.isNaN(v));

function toNumber(v: Exclude<Value, typeof UNKNOWN>): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

/** Loose equality as Actions compares: strings ignore case, mixed types compare as numbers. */
function equal(a: Exclude<Value, typeof UNKNOWN>, b: Exclude<Value, typeof UNKNOWN>): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'object' && a !== null) return a === b;
  if (typeof b === 'object' && b !== null) return false;
  if (typeof a === typeof b) return a === b;
  return toNumber(a) === toNumber(b);
}

const str = (v: Exclude<Value, typeof UNKNOWN>): string => (v === null ? '' : typeof v === 'object' ? '' : String(v));

function evalNode(n: Node, ctx: ExprContext): Value {
  switch (n.t) {
    case 'lit':
      return n.v;
    case 'ctx':
      return n.name === 'github' ? ctx.github : UNKNOWN;
    case 'get': {
      const o = evalNode(n.obj, ctx);
      const k = evalNode(n.key, ctx);
      if (o === UNKNOWN || k === UNKNOWN) return UNKNOWN;
      if (o === null || typeof o !== 'object') return null;
      if (Array.isArray(o)) return typeof k === 'number' ? ((o as readonly Value[])[k] ?? null) : null;
      const rec = o as { readonly [key: string]: Value };
      const key = Object.keys(rec).find((x) => x.toLowerCase() === str(k as Exclude<Value, typeof UNKNOWN>).toLowerCase());
      // A missing property is null, except in the github context, where the grader only fills in what it knows
      if (key === undefined) return o === ctx.github ? UNKNOWN : null;
      return rec[key]!;
    }
    case 'not': {
      const v = evalNode(n.e, ctx);
      return v === UNKNOWN ? UNKNOWN : !truthy(v);
    }
    case 'bin': {
      const l = evalNode(n.l, ctx);
      // && and || return an operand and short-circuit, so a known side can decide without the unknown one
      if (n.op === '&&') {
        if (l !== UNKNOWN && !truthy(l)) return l;
        const r = evalNode(n.r, ctx);
        if (l === UNKNOWN) return r !== UNKNOWN && !truthy(r) ? false : UNKNOWN;
        return r;
      }
      if (n.op === '||') {
        if (l !== UNKNOWN && truthy(l)) return l;
        const r = evalNode(n.r, ctx);
        if (l === UNKNOWN) return r !== UNKNOWN && truthy(r) ? true : UNKNOWN;
        return r;
      }
      const r = evalNode(n.r, ctx);
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN;
      if (n.op === '==') return equal(l, r);
      if (n.op === '!=') return !equal(l, r);
      const [a, b] = typeof l === 'string' && typeof r === 'string' ? [l.toLowerCase(), r.toLowerCase()] : [toNumber(l), toNumber(r)];
      return n.op === '<' ? a < b : n.op === '>' ? a > b : n.op === '<=' ? a <= b : a >= b;
    }
    case 'call': {
      // Status functions for a run where every earlier step succeeded (the image was built).
      if (n.fn === 'success' || n.fn === 'always') return true;
      if (n.fn === 'failure' || n.fn === 'cancelled') return false;
      const args = n.args.map((a) => evalNode(a, ctx));
      if (args.some((a) => a === UNKNOWN)) return UNKNOWN;
      const [a, b] = args as Exclude<Value, typeof UNKNOWN>[];
      if (a === undefined) return UNKNOWN;
      switch (n.fn) {
        case 'contains':
          if (Array.isArray(a)) return (a as Exclude<Value, typeof UNKNOWN>[]).some((x) => b !== undefined && equal(x, b));
          return b !== undefined && str(a).toLowerCase().includes(str(b).toLowerCase());
        case 'startswith':
          return b !== undefined && str(a).toLowerCase().startsWith(str(b).toLowerCase());
        case 'endswith':
          return b !== undefined && str(a).toLowerCase().endsWith(str(b).toLowerCase());
        default:
          return UNKNOWN;
      }
    }
  }
}

export type Truth = true | false | 'unknown';

/** Longer expressions are not read: Actions caps them too, and deep nesting must not exhaust the stack. */
const MAX_EXPR = 4096;

function parseExpr(src: string): Node | null {
  if (src.length > MAX_EXPR) return null;
  const tokens = tokenize(src);
  if (!tokens || tokens.length === 0) return null;
  try {
    return new Parser(tokens).parse();
  } catch {
    return null;
  }
}

/** The text inside one `${{ }}` that spans the whole value, or null when the value has other text around it. */
function wrapped(s: string): string | null {
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(s.trim());
  return m && !m[1]!.includes('}}') ? m[1]! : null;
}

/**
 * An `if:` value (YAML boolean, number or string, with or without `${{ }}`) in the given run. Text around a
 * `${{ }}` makes the whole value a non-empty string, which Actions treats as true; the grader calls it unknown
 * because the author surely meant something else.
 */
export function evaluateIf(value: unknown, ctx: ExprContext): Truth {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return 'unknown';
  const inner = wrapped(value) ?? (value.includes('${{') ? null : value);
  if (inner === null) return 'unknown';
  const node = parseExpr(inner);
  if (!node) return 'unknown';
  const v = evalNode(node, ctx);
  if (v === UNKNOWN) return 'unknown';
  // Actions puts `success() &&` before an `if:` without a status function; in these runs success() is true.
  return truthy(v);
}

/** A `continue-on-error:` value (boolean or a `${{ }}` expression) in the given run. */
export function evaluateFlag(value: unknown, ctx: ExprContext): Truth {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return 'unknown';
  const inner = wrapped(value);
  if (inner === null) return value.trim() === 'true' ? true : value.trim() === 'false' ? false : 'unknown';
  const node = parseExpr(inner);
  if (!node) return 'unknown';
  const v = evalNode(node, ctx);
  return v === UNKNOWN ? 'unknown' : truthy(v);
}
