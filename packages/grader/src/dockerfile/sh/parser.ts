/**
 * Recursive-descent parser of POSIX sh and the bash subset seen in Dockerfiles, built to give the
 * same statements, ranges and errors as mvdan-sh (mvdan.cc/sh/v3/syntax, bash dialect) in linear
 * time. `&&`/`||` and pipes are left-associative; every statement ends at its `;` or `&`.
 * Nesting is capped at MAX_DEPTH so that hostile input cannot exhaust the stack.
 */
import { EOF, Lexer, MAX_DEPTH, stmtEnd, NEWLINE, OP, ShSyntaxError, WORD, type Stmt, type Word } from './lexer';

export type { Cmd, Stmt, Word } from './lexer';
export { MAX_DEPTH, stmtEnd };

export type ScriptParse = { ok: true; stmts: Stmt[] } | { ok: false; message: string; offset: number };

/** Parses a whole script; never throws. */
export function parseScript(src: string): ScriptParse {
  const p = new Parser(src);
  try {
    return { ok: true, stmts: p.file() };
  } catch (e) {
    if (e instanceof ShSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    // Not expected (nesting is capped), but a library finding beats an exception.
    return { ok: false, message: e instanceof RangeError ? 'nested too deeply' : String(e), offset: 0 };
  }
}

const NONE = 0;
const SUB = 1;
const BACKQUOTE = 2;
const CASE = 3;

const DECL = new Set(['declare', 'local', 'export', 'readonly', 'typeset', 'nameref']);
const CASE_OPS = new Set([';;', ';&', ';;&', ';|']);
const STOP_OPS = new Set([';', '&', '|', '&&', '||', '|&', ';;', ';&', ';;&', ';|', ')']);
const MISPLACED = new Map(
  Object.entries({
    '}': 'can only be used to close a block',
    // biome-ignore lint/suspicious/noThenProperty: the shell keyword, in a Map built from this object (never awaited)
    then: 'can only be used in an if',
    elif: 'can only be used in an if',
    fi: 'can only be used to end an if',
    do: 'can only be used in a loop',
    done: 'can only be used to end a loop',
    esac: 'can only be used to end a case',
    ']]': 'can only be used to close a test',
  }),
);
const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;
const INDEXED = /^[A-Za-z_][A-Za-z0-9_]*\[/;
const ARRAY_ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*\+?=$/;

/** Keywords are quoted in messages (`"if" must be ...`), operators are not. */
const readable = (s: string) => (s && s[0] >= 'a' && s[0] <= 'z' ? JSON.stringify(s) : s);

class Parser extends Lexer {
  private ctx = NONE;

  file(): Stmt[] {
    this.next();
    const stmts = this.stmtList(null);
    if (!this.at(EOF)) this.invalidStmtStart();
    return stmts;
  }

  protected substList(open: number, closer: ')' | '`'): Stmt[] {
    const old = this.ctx;
    const oldBuried = this.buried;
    this.ctx = closer === ')' ? SUB : BACKQUOTE;
    this.buried = this.pendingHeredocs();
    this.enter(open);
    this.next();
    const stmts = this.stmtList(null);
    this.depth--;
    this.ctx = old;
    this.buried = oldBuried;
    if (!(this.at(OP) && this.val === closer)) {
      if (closer === '`') this.fail(open, 'reached EOF without closing quote `');
      this.fail(open, `reached ${this.tokName()} without matching ( with )`);
    }
    return stmts;
  }

  private tokName(): string {
    if (this.at(EOF)) return 'EOF';
    if (this.at(NEWLINE)) return 'newline';
    return this.val;
  }

  private got(op: string): boolean {
    if (this.at(OP) && this.val === op) {
      this.next();
      return true;
    }
    return false;
  }

  private gotNewline(): boolean {
    if (this.at(NEWLINE)) {
      this.next();
      return true;
    }
    return false;
  }

  private stopToken(): boolean {
    return this.at(EOF) || this.at(NEWLINE) || (this.at(OP) && (STOP_OPS.has(this.val) || (this.val === '`' && this.ctx === BACKQUOTE)));
  }

  private followErr(pos: number, left: string, right: string): never {
    return this.fail(pos, `${readable(left)} must be followed by ${right}`);
  }

  private invalidStmtStart(): never {
    const v = this.tokName();
    if (this.at(OP) && (v === ';' || v === '&' || v === '|' || v === '&&' || v === '||'))
      this.fail(this.tokStart, `${v} can only immediately follow a statement`);
    if (this.at(OP) && v === ')') this.fail(this.tokStart, `${v} can only be used to close a subshell`);
    return this.fail(this.tokStart, `${v} is not a valid start for a statement`);
  }

  private stmtList(stops: readonly string[] | null): Stmt[] {
    const out: Stmt[] = [];
    let gotEnd = true;
    while (!this.at(EOF)) {
      const newLine = this.gotNewline();
      if (this.at(WORD) && stops && this.word?.lit && stops.includes(this.word.text)) break;
      if (this.at(OP)) {
        if (this.val === ')' && this.ctx === SUB) break;
        if (this.val === '`' && this.ctx === BACKQUOTE) break;
        if (CASE_OPS.has(this.val)) {
          if (this.ctx === CASE) break;
          this.fail(this.tokStart, `${this.val} can only be used in a case clause`);
        }
      }
      if (!newLine && !gotEnd) this.fail(this.tokStart, 'statements must be separated by &, ; or a newline');
      if (this.at(EOF)) break;
      const s = this.getStmt(true, false);
      if (!s) this.invalidStmtStart();
      out.push(s);
      gotEnd = this.sawSeparator || this.at(NEWLINE);
    }
    return out;
  }

  /** The last statement read with `readEnd` ended with its own `;` or `&`. */
  private sawSeparator = false;

  private getStmt(readEnd: boolean, binCmd: boolean): Stmt | null {
    const start = this.tokStart;
    this.enter(start);
    let negated = false;
    if (this.isLit('!')) {
      this.next();
      negated = true;
      if (this.stopToken()) this.fail(start, '"!" cannot form a statement alone');
      if (this.isLit('!')) this.fail(start, 'cannot negate a command multiple times');
    }
    let s = this.stmtPipe({ start, end: negated ? start + 1 : start, semi: -1, negated, cmd: null, redirs: [], lastRedir: null }, false);
    if (!s) {
      this.depth--;
      return null;
    }
    while (this.at(OP) && (this.val === '&&' || this.val === '||')) {
      if (binCmd) break;
      const opPos = this.tokStart;
      const op = this.val;
      this.next();
      this.gotNewline();
      const y = this.getStmt(false, true);
      if (!y) this.followErr(opPos, op, 'a statement');
      s = { start: s.start, end: 0, semi: -1, negated: false, cmd: { t: 'bin', op, x: s, y }, redirs: [], lastRedir: null };
    }
    if (readEnd) {
      // Set after next(): reading the next word may parse the statements of a substitution.
      const sep = this.at(OP) && (this.val === ';' || this.val === '&');
      if (sep) {
        s.semi = this.tokEnd;
        this.next();
      }
      this.sawSeparator = sep;
    }
    this.depth--;
    return s;
  }

  private stmtPipe(s: Stmt, binCmd: boolean): Stmt | null {
    if (this.at(WORD)) {
      const w = this.word as Word;
      const v = w.lit ? w.text : this.val;
      const misplaced = w.lit ? MISPLACED.get(v) : undefined;
      if (misplaced) this.fail(this.tokStart, `${readable(v)} ${misplaced}`);
      if (w.lit && v === '{') this.block(s);
      else if (w.lit && v === 'if') this.ifClause(s);
      else if (w.lit && (v === 'while' || v === 'until')) this.whileClause(s, v);
      else if (w.lit && (v === 'for' || v === 'select')) this.forClause(s, v);
      else if (w.lit && v === 'case') this.caseClause(s);
      else if (w.lit && v === '[[') this.testClause(s);
      else if (w.lit && v === 'let') this.letClause(s);
      else if (w.lit && v === 'function') this.bashFunc(s);
      else if (w.lit && DECL.has(v)) this.declClause(s, w);
      else if (w.lit && (v === 'time' || v === 'coproc')) this.timeClause(s, v);
      else if (ASSIGN.test(v) || INDEXED.test(v)) this.callExpr(s, null);
      else {
        this.next();
        if (w.lit && this.at(OP) && this.val === '(') {
          this.next();
          if (!this.got(')')) this.followErr(w.start, 'foo(', ')');
          this.funcDecl(s, w.start);
        } else this.callExpr(s, w);
      }
    } else if (this.at(OP)) {
      if (this.isRedirOp()) this.callExpr(s, null);
      else if (this.val === '(') this.subshell(s);
      else if (this.val === '((') this.arithmCmd(s);
      else return null;
    } else return null;
    while (this.isRedirOp()) this.redirect(s);
    while (this.at(OP) && (this.val === '|' || this.val === '|&')) {
      if (binCmd) break;
      const opPos = this.tokStart;
      const op = this.val;
      this.next();
      this.gotNewline();
      if (this.isLit('!')) this.fail(this.tokStart, '"!" can only be used in full statements');
      const y = this.stmtPipe({ start: this.tokStart, end: this.tokStart, semi: -1, negated: false, cmd: null, redirs: [], lastRedir: null }, true);
      if (!y) this.followErr(opPos, op, 'a statement');
      // In `! a | b` the negation applies to the whole pipeline.
      const negated = s.negated;
      s.negated = false;
      s = { start: s.start, end: 0, semi: -1, negated, cmd: { t: 'bin', op, x: s, y }, redirs: [], lastRedir: null };
    }
    return s;
  }

  private redirect(s: Stmt) {
    const opStart = this.tokStart;
    const op = this.val;
    this.next();
    if (!this.at(WORD)) this.followErr(opStart, op, 'a word');
    const w = this.word as Word;
    s.redirs.push(w);
    s.lastRedir = w;
    if (op === '<<' || op === '<<-') {
      s.lastRedir = this.addHeredoc(opStart, op, w);
      s.redirs.push(s.lastRedir);
    }
    this.next();
  }

  private callExpr(s: Stmt, first: Word | null) {
    const words: Word[] = first ? [first] : [];
    const assigns: Word[] = [];
    let arrayAt = -1;
    if (first) s.end = first.end;
    for (;;) {
      if (this.at(EOF) || this.at(NEWLINE)) break;
      if (this.at(OP)) {
        const v = this.val;
        if (this.isRedirOp()) {
          this.redirect(s);
          continue;
        }
        if (v === ')' && this.ctx === SUB) break;
        if (v === '`' && this.ctx === BACKQUOTE) break;
        if (v !== ')' && v !== '`' && STOP_OPS.has(v)) break;
        if (v === '((') this.fail(this.tokStart, '(( can only be used to open an arithmetic cmd');
        this.fail(this.tokStart, `a command can only contain words and redirects; encountered ${v}`);
      }
      const w = this.word as Word;
      if (words.length === 0 && (ASSIGN.test(this.val) || INDEXED.test(this.val))) {
        const indexed = this.indexed(w);
        const a = this.assign(w);
        if (a && !indexed) assigns.push(a);
        else if (arrayAt < 0) arrayAt = w.start;
        s.end = Math.max(s.end, this.lastAssignEnd);
        continue;
      }
      if (arrayAt >= 0) this.fail(arrayAt, 'inline variables cannot be arrays');
      words.push(w);
      s.end = Math.max(s.end, w.end);
      this.next();
    }
    if (words.length || assigns.length) s.cmd = { t: 'call', assigns, words };
  }

  private lastAssignEnd = 0;

  /** `a[i]=x` (true; an array element, which cannot prefix a command); `a[i]` without `=` is an error. */
  private indexed(w: Word): boolean {
    if (!INDEXED.test(this.val)) return false;
    if (ASSIGN.test(this.val)) return true;
    const open = this.val.indexOf('[');
    if (this.val.indexOf(']', open) === -1) this.fail(w.start + open, 'reached EOF without matching [ with ]');
    return this.fail(w.start, '"a[b]" must be followed by =');
  }

  /** An assignment word; `a=(x y)` arrays are read to their `)` and return null (their words are not visited). */
  private assign(w: Word): Word | null {
    const s = this.src;
    if (s[w.end] === '(' && ARRAY_ASSIGN.test(this.val)) {
      const open = w.end;
      this.pos = open + 1;
      this.next();
      for (;;) {
        if (this.at(WORD) || this.at(NEWLINE)) this.next();
        else if (this.at(OP) && this.val === ')') break;
        else if (this.at(EOF)) this.fail(open, 'reached EOF without matching ( with )');
        else this.fail(this.tokStart, 'array elements must be words');
      }
      this.lastAssignEnd = this.tokEnd;
      this.next();
      return null;
    }
    this.lastAssignEnd = w.end;
    this.next();
    return w;
  }

  private block(s: Stmt) {
    const open = this.tokStart;
    this.next();
    const stmts = this.stmtList(['}']);
    if (!this.isLit('}')) this.fail(open, `reached ${this.tokName()} without matching { with }`);
    s.end = this.tokEnd;
    s.cmd = { t: 'group', stmts };
    this.next();
  }

  private subshell(s: Stmt) {
    const open = this.tokStart;
    const old = this.ctx;
    this.ctx = SUB;
    this.next();
    const stmts = this.stmtList(null);
    this.ctx = old;
    if (!(this.at(OP) && this.val === ')')) this.fail(open, `reached ${this.tokName()} without matching ( with )`);
    s.end = this.tokEnd;
    s.cmd = { t: 'subshell', stmts };
    this.next();
  }

  private followStmts(left: string, pos: number, stops: readonly string[]): Stmt[] {
    if (this.got(';')) return [];
    const newLine = this.gotNewline();
    const stmts = this.stmtList(stops);
    if (stmts.length < 1 && !newLine) this.followErr(pos, left, 'a statement list');
    return stmts;
  }

  private followRsrv(pos: number, left: string, val: string): number {
    if (!this.isLit(val)) this.followErr(pos, left, JSON.stringify(val));
    const at = this.tokStart;
    this.next();
    return at;
  }

  private stmtEnd(start: number, kw: string, end: string): number {
    if (!this.isLit(end)) this.fail(start, `${kw} statement must end with ${JSON.stringify(end)}`);
    const e = this.tokEnd;
    this.next();
    return e;
  }

  private ifClause(s: Stmt) {
    const start = this.tokStart;
    this.next();
    const stmts = this.followStmts('if', start, ['then']);
    const thenPos = this.followRsrv(start, 'if <cond>', 'then');
    stmts.push(...this.followStmts('then', thenPos, ['fi', 'elif', 'else']));
    while (this.isLit('elif')) {
      const elif = this.tokStart;
      this.next();
      stmts.push(...this.followStmts('elif', elif, ['then']));
      const t = this.followRsrv(elif, 'elif <cond>', 'then');
      stmts.push(...this.followStmts('then', t, ['fi', 'elif', 'else']));
    }
    if (this.isLit('else')) {
      const e = this.tokStart;
      this.next();
      stmts.push(...this.followStmts('else', e, ['fi']));
    }
    s.end = this.stmtEnd(start, 'if', 'fi');
    s.cmd = { t: 'compound', keyword: 'IfClause', stmts };
  }

  private whileClause(s: Stmt, kw: string) {
    const start = this.tokStart;
    this.next();
    const stmts = this.followStmts(kw, start, ['do']);
    const doPos = this.followRsrv(start, `${kw} <cond>`, 'do');
    stmts.push(...this.followStmts('do', doPos, ['done']));
    s.end = this.stmtEnd(start, kw, 'done');
    s.cmd = { t: 'compound', keyword: 'WhileClause', stmts };
  }

  private forClause(s: Stmt, kw: string) {
    const start = this.tokStart;
    this.next();
    if (this.at(OP) && this.val === '((') {
      this.pos = this.skipParens(this.tokEnd, this.tokStart, 2, 'reached EOF without matching (( with ))');
      this.next();
      this.got(';');
      this.gotNewline();
    } else {
      if (!this.at(WORD) || !this.word?.lit) this.followErr(start, kw, 'a literal');
      this.next();
      if (this.got(';')) this.gotNewline();
      else {
        this.gotNewline();
        if (this.isLit('in')) {
          this.next();
          while (!this.stopToken()) {
            if (!this.at(WORD)) this.fail(this.tokStart, 'word list can only contain words');
            this.next();
          }
          this.got(';');
          this.gotNewline();
        } else if (!this.isLit('do')) this.followErr(start, `${kw} foo`, '"in", "do", ;, or a newline');
      }
    }
    const doPos = this.followRsrv(start, `${kw} foo [in words]`, 'do');
    const stmts = this.followStmts('do', doPos, ['done']);
    s.end = this.stmtEnd(start, kw, 'done');
    s.cmd = { t: 'compound', keyword: 'ForClause', stmts };
  }

  private caseClause(s: Stmt) {
    const start = this.tokStart;
    this.next();
    if (!this.at(WORD)) this.followErr(start, 'case', 'a word');
    this.next();
    this.gotNewline();
    this.followRsrv(start, 'case x', 'in');
    const stmts: Stmt[] = [];
    this.gotNewline();
    while (!this.at(EOF) && !this.isLit('esac')) {
      this.got('(');
      for (;;) {
        if (!this.at(WORD)) this.fail(this.tokStart, 'case patterns must consist of words');
        this.next();
        if (this.at(OP) && this.val === ')') break;
        if (!this.got('|')) this.fail(this.tokStart, 'case patterns must be separated with |');
      }
      const old = this.ctx;
      this.ctx = CASE;
      this.next();
      stmts.push(...this.stmtList(['esac']));
      this.ctx = old;
      if (!(this.at(OP) && CASE_OPS.has(this.val))) break;
      this.next();
      this.gotNewline();
    }
    s.end = this.stmtEnd(start, 'case', 'esac');
    s.cmd = { t: 'compound', keyword: 'CaseClause', stmts };
  }

  /** `[[ ... ]]`: read to the closing `]]` (its words are not visited, nor its expression checked). */
  private testClause(s: Stmt) {
    s.end = this.skipTest(this.tokStart, this.tokEnd);
    s.cmd = { t: 'compound', keyword: 'TestClause', stmts: [] };
    this.next();
  }

  private arithmCmd(s: Stmt) {
    s.end = this.skipParens(this.tokEnd, this.tokStart, 2, 'reached EOF without matching (( with ))');
    this.pos = s.end;
    s.cmd = { t: 'compound', keyword: 'ArithmCmd', stmts: [] };
    this.next();
  }

  private letClause(s: Stmt) {
    const start = this.tokStart;
    this.next();
    if (this.stopToken()) this.followErr(start, 'let', 'an expression');
    while (this.at(WORD)) {
      s.end = this.tokEnd;
      this.next();
    }
    s.cmd = { t: 'compound', keyword: 'LetClause', stmts: [] };
  }

  private bashFunc(s: Stmt) {
    const start = this.tokStart;
    this.next();
    if (!this.at(WORD) || !this.word?.lit) this.followErr(start, 'function', 'a name');
    const nameStart = this.tokStart;
    this.next();
    if (this.got('(') && !this.got(')')) this.followErr(nameStart, 'foo(', ')');
    this.funcDecl(s, start);
  }

  private funcDecl(s: Stmt, start: number) {
    this.gotNewline();
    const body = this.getStmt(false, false);
    if (!body) this.followErr(start, 'foo()', 'a statement');
    s.cmd = { t: 'compound', keyword: 'FuncDecl', stmts: [body], tail: body };
  }

  private timeClause(s: Stmt, kw: string) {
    const start = this.tokStart;
    s.end = this.tokEnd;
    this.next();
    if (kw === 'time' && this.isLit('-p')) this.next();
    const stmts: Stmt[] = [];
    if (!this.stopToken()) {
      const inner = this.stmtPipe({ start: this.tokStart, end: this.tokStart, semi: -1, negated: false, cmd: null, redirs: [], lastRedir: null }, false);
      if (!inner) this.followErr(start, kw, 'a statement');
      stmts.push(inner);
    }
    s.cmd = { t: 'compound', keyword: kw === 'time' ? 'TimeClause' : 'CoprocClause', stmts, tail: stmts[0] };
  }

  private declClause(s: Stmt, variant: Word) {
    const args: { start: number; end: number; value: Word | null }[] = [];
    s.end = variant.end;
    this.next();
    while (!this.stopToken() && !this.isRedirOp()) {
      if (!this.at(WORD)) this.followErr(this.tokStart, variant.text, 'names or assignments');
      const w = this.word as Word;
      if (ASSIGN.test(this.val)) {
        const value = this.assign(w);
        args.push({ start: w.start, end: this.lastAssignEnd, value });
      } else {
        const eq = /^[^'"\\$`]*?=/.exec(this.val);
        if (eq && eq[0].length > 1) this.fail(this.tokStart, 'invalid var name');
        args.push({ start: w.start, end: w.end, value: w });
        this.next();
      }
      s.end = args[args.length - 1].end;
    }
    s.cmd = { t: 'decl', variant, args };
  }
}
