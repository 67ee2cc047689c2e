/**
 * Lexer of the shell parser (bash dialect, as mvdan-sh reads it): one token of lookahead, read on
 * demand. Words carry their quote-removed value and their command substitutions; the parser
 * (parser.ts) extends this class and parses the statements inside `$(...)` and backquotes.
 * Offsets are indexes into the script string; nothing here recurses except through substitutions
 * and `${...}`, whose depth is capped at MAX_DEPTH.
 */

/** A syntax error at a script offset. Thrown inside the parser only and caught by `parseScript`. */
export class ShSyntaxError {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** A statement as mvdan-sh builds it; converted into the ShellNode contract by shell.ts. */
export interface Stmt {
  start: number;
  /** End of the command itself (binary commands, functions and `time` take the end of their last statement). */
  end: number;
  /** End of the `;` or `&` that ends the statement, or -1. */
  semi: number;
  negated: boolean;
  cmd: Cmd | null;
  /** Redirection targets and heredoc bodies (only their substitutions matter). */
  redirs: Word[];
  /** The last redirection's word, or its heredoc body (which ends with the delimiter line). */
  lastRedir: Word | null;
}

export type Cmd =
  | { t: 'call'; assigns: Word[]; words: Word[] }
  | { t: 'decl'; variant: Word; args: { start: number; end: number; value: Word | null }[] }
  | { t: 'bin'; op: string; x: Stmt; y: Stmt }
  | { t: 'subshell' | 'group'; stmts: Stmt[] }
  /** `tail`: the statement whose end is the command's end (function body, `time` pipeline). */
  | { t: 'compound'; keyword: string; stmts: Stmt[]; tail?: Stmt };

/** End offset of a statement as mvdan-sh computes it: its `;`/`&`, else the later of its command and last redirection. */
export function stmtEnd(s: Stmt): number {
  if (s.semi >= 0) return s.semi;
  const c = s.cmd;
  let end = c && c.t === 'bin' ? stmtEnd(c.y) : c && c.t === 'compound' && c.tail ? stmtEnd(c.tail) : s.end;
  if (s.lastRedir && s.lastRedir.end > end) end = s.lastRedir.end;
  return end;
}

export interface Word {
  start: number;
  end: number;
  /** Value after quote removal, null when the word has an expansion. */
  value: string | null;
  /** Like value, with the expansions kept as written. */
  text: string;
  /** One unquoted literal without escapes: can be a reserved word (`if`, `{`). */
  lit: boolean;
  /** Statement lists of the `$(...)`, backquote and `<(...)` substitutions outside `${...}` and `$((...))`. */
  subs: Stmt[][] | null;
}

/** Deepest nesting of statements, substitutions, compound commands and `${...}` that is parsed. */
export const MAX_DEPTH = 200;

export const EOF = 0;
export const NEWLINE = 1;
export const WORD = 2;
export const OP = 3;

const REDIRS = new Set(['<', '>', '>>', '<<', '<<-', '<<<', '<>', '>|', '<&', '>&', '&>', '&>>']);

/** Value and text being accumulated while reading a word; `subs` is null where substitutions are not visited. */
interface Acc {
  value: string | null;
  text: string;
  subs: Stmt[][] | null;
}

interface PendingHeredoc {
  delim: string;
  strip: boolean;
  quoted: boolean;
  body: Word;
  opStart: number;
}

/** Quote removal of a literal run inside double quotes: line continuations go first, then \\ before $ ` " \\. */
function unescapeDouble(v: string): string {
  return v.includes('\\') ? v.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1') : v;
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);

/** Characters that end an unquoted word: blanks, newline and ; & | ( ) < > (a backquote too, inside backquotes). */
function isWordEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 59 || c === 38 || c === 124 || c === 40 || c === 41 || c === 60 || c === 62;
}

export abstract class Lexer {
  protected readonly n: number;
  protected pos = 0;
  /** Current token: kind, span, operator text or word raw text, and the word. */
  protected tok = EOF;
  protected tokStart = 0;
  protected tokEnd = 0;
  protected val = '';
  protected word: Word | null = null;
  /** Backquote substitutions open around the current position. */
  protected bq = 0;
  /** Current nesting, capped at MAX_DEPTH. */
  protected depth = 0;
  private heredocs: PendingHeredoc[] = [];
  /** Heredocs pending outside the substitution being read: a newline inside it does not start their bodies. */
  protected buried = 0;

  constructor(protected readonly src: string) {
    this.n = src.length;
  }

  /** Parses the statements of a substitution up to `closer` (`)` or a backquote) and returns them; `pos` ends after the closer. */
  protected abstract substList(open: number, closer: ')' | '`'): Stmt[];

  protected fail(offset: number, message: string): never {
    throw new ShSyntaxError(message, offset);
  }

  protected enter(at: number) {
    if (++this.depth > MAX_DEPTH) this.fail(at, 'nested too deeply');
  }

  /** The current token is of this kind (a method, so that TypeScript does not narrow `tok` across `next()`). */
  protected at(kind: number): boolean {
    return this.tok === kind;
  }

  protected isRedirOp(): boolean {
    return this.at(OP) && REDIRS.has(this.val);
  }

  /** The word at the current token is a reserved word or literal `s`. */
  protected isLit(s: string): boolean {
    return this.at(WORD) && this.word?.lit === true && this.word.text === s;
  }

  protected next(): void {
    const s = this.src;
    let sawNewline = false;
    let newlineAt = 0;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9) this.pos++;
      else if (c === 92 && s.charCodeAt(this.pos + 1) === 10) this.pos += 2;
      else if (c === 35) {
        const nl = s.indexOf('\n', this.pos);
        this.pos = nl === -1 ? this.n : nl;
      } else if (c === 10) {
        if (!sawNewline) newlineAt = this.pos;
        sawNewline = true;
        this.pos++;
        if (this.heredocs.length > this.buried) this.readHeredocs();
      } else break;
    }
    if (sawNewline) {
      this.tok = NEWLINE;
      this.tokStart = newlineAt;
      this.tokEnd = newlineAt + 1;
      this.val = '\n';
      this.word = null;
      return;
    }
    const start = this.pos;
    this.tokStart = start;
    this.word = null;
    if (start >= this.n) {
      if (this.heredocs.length) this.fail(this.heredocs[0].opStart, `unclosed here-document '${this.heredocs[0].delim}'`);
      this.tok = EOF;
      this.tokEnd = start;
      this.val = '';
      return;
    }
    const c = s[start];
    const c1 = s[start + 1];
    let op = '';
    switch (c) {
      case ';':
        op = c1 === ';' ? (s[start + 2] === '&' ? ';;&' : ';;') : c1 === '&' ? ';&' : c1 === '|' ? ';|' : ';';
        break;
      case '&':
        op = c1 === '&' ? '&&' : c1 === '>' ? (s[start + 2] === '>' ? '&>>' : '&>') : '&';
        break;
      case '|':
        op = c1 === '|' ? '||' : c1 === '&' ? '|&' : '|';
        break;
      case '(':
        op = c1 === '(' ? '((' : '(';
        break;
      case ')':
        op = ')';
        break;
      case '<':
        if (c1 !== '(') op = c1 === '<' ? (s[start + 2] === '<' ? '<<<' : s[start + 2] === '-' ? '<<-' : '<<') : c1 === '>' ? '<>' : c1 === '&' ? '<&' : '<';
        break;
      case '>':
        if (c1 !== '(') op = c1 === '>' ? '>>' : c1 === '|' ? '>|' : c1 === '&' ? '>&' : '>';
        break;
      case '`':
        if (this.bq > 0) op = '`';
        break;
    }
    if (op) {
      this.tok = OP;
      this.val = op;
      this.pos = start + op.length;
      this.tokEnd = this.pos;
      return;
    }
    const w = this.readWord();
    // `2>file`, `2>&1`: digits right before < or > are the descriptor of a redirection.
    const after = s[this.pos];
    if ((after === '<' || after === '>') && w.lit && /^[0-9]+$/.test(w.text) && s[this.pos + 1] !== '(') {
      this.next();
      this.tokStart = start;
      return;
    }
    this.tok = WORD;
    this.tokStart = start;
    this.word = w;
    this.val = s.slice(start, this.pos);
    this.tokEnd = this.pos;
  }

  /** Reads one word at `pos` (its first character is not an operator). */
  protected readWord(): Word {
    const s = this.src;
    const start = this.pos;
    const acc: Acc = { value: '', text: '', subs: [] };
    let lit = true;
    if ((s[start] === '<' || s[start] === '>') && s[start + 1] === '(') {
      // Process substitution.
      lit = false;
      this.pos = start + 2;
      this.addSubs(acc, this.substList(start, ')'));
      acc.value = null;
      acc.text = s.slice(start, this.pos);
    }
    // After a quote or an expansion, mvdan-sh (unlike bash) reads `#` as the start of a comment.
    let afterPart = !lit;
    // mvdan-sh ends a word whose last part is `$` + line continuation before the newline.
    let end = -1;
    while (this.pos < this.n && end < 0) {
      const p = this.pos;
      const c = s.charCodeAt(p);
      if ((c === 60 || c === 62) && s.charCodeAt(p + 1) === 40) {
        // <(...) or >(...) inside a word is part of it.
        lit = false;
        this.pos = p + 2;
        this.addSubs(acc, this.substList(p, ')'));
        acc.value = null;
        acc.text += s.slice(p, this.pos);
        afterPart = true;
        continue;
      }
      if (isWordEnd(c) || (c === 35 && afterPart)) break;
      if (c === 96 && this.bq > 0) break;
      const partStart = afterPart;
      afterPart = c !== 92;
      if ((c === 63 || c === 42 || c === 43 || c === 64 || c === 33) && s.charCodeAt(p + 1) === 40) {
        // Extended glob ?( *( +( @( !(.
        lit = false;
        this.pos = this.skipExtGlob(p);
        acc.value = null;
        acc.text += s.slice(p, this.pos);
        continue;
      }
      switch (c) {
        case 92: // backslash; a line continuation leaves the word a plain literal
          if (p + 1 >= this.n) {
            lit = false;
            this.append(acc, '\\');
            this.pos++;
          } else {
            if (s.charCodeAt(p + 1) !== 10) {
              lit = false;
              this.append(acc, s[p + 1]);
            }
            this.pos += 2;
          }
          continue;
        case 39: // '
          lit = false;
          this.readSingle(acc, p);
          continue;
        case 34: // "
          lit = false;
          this.readDouble(acc, p);
          continue;
        case 36: // $
          if (!this.readDollar(acc, false)) {
            this.append(acc, '$');
            this.pos++;
            afterPart = false;
            const q = this.pos;
            if (s.charCodeAt(q) === 92 && s.charCodeAt(q + 1) === 10 && (q + 2 >= this.n || isWordEnd(s.charCodeAt(q + 2)))) {
              lit = false;
              this.pos = q + 2;
              end = q + 1;
            }
          } else lit = false;
          continue;
        case 96: // backquote
          lit = false;
          this.readBackquote(acc);
          continue;
      }
      let q = p + 1;
      while (q < this.n) {
        const d = s.charCodeAt(q);
        if (isWordEnd(d) || d === 92 || d === 39 || d === 34 || d === 36 || d === 96) break;
        if ((d === 63 || d === 42 || d === 43 || d === 64 || d === 33) && s.charCodeAt(q + 1) === 40) break;
        q++;
      }
      // Digits after a quote or an expansion and right before < or > are a redirection's descriptor ('x'2>&1).
      if (partStart && (s[q] === '<' || s[q] === '>') && s[q + 1] !== '(' && /^[0-9]+$/.test(s.slice(p, q))) break;
      this.append(acc, s.slice(p, q));
      this.pos = q;
      afterPart = false;
    }
    return { start, end: end >= 0 ? end : this.pos, value: acc.value, text: acc.text, lit, subs: acc.subs?.length ? acc.subs : null };
  }

  private append(acc: Acc, v: string) {
    if (acc.value !== null) acc.value += v;
    acc.text += v;
  }

  private addSubs(acc: Acc, stmts: Stmt[]) {
    if (acc.subs) acc.subs.push(stmts);
  }

  private readSingle(acc: Acc, p: number) {
    const end = this.src.indexOf("'", p + 1);
    if (end === -1) this.fail(p, "reached EOF without closing quote '");
    this.append(acc, this.src.slice(p + 1, end));
    this.pos = end + 1;
  }

  /** `"..."` at p (or `$"..."` with p at the quote). Literal runs are unescaped as the former adapter did. */
  private readDouble(acc: Acc, p: number) {
    const s = this.src;
    let seg = p + 1;
    this.pos = p + 1;
    for (;;) {
      const q = this.pos;
      if (q >= this.n) this.fail(p, 'reached EOF without closing quote "');
      const c = s[q];
      if (c === '"') {
        this.append(acc, unescapeDouble(s.slice(seg, q)));
        this.pos = q + 1;
        return;
      }
      if (c === '\\') {
        if (q + 1 >= this.n) this.fail(p, 'reached EOF without closing quote "');
        this.pos = q + 2;
      } else if (c === '$' || c === '`') {
        this.append(acc, unescapeDouble(s.slice(seg, q)));
        if (c === '`') this.readBackquote(acc);
        else if (!this.readDollar(acc, true)) {
          this.append(acc, '$');
          this.pos++;
        }
        seg = this.pos;
      } else this.pos++;
    }
  }

  /**
   * An expansion at `pos` (a `$`): returns false when the `$` is literal. Values of expansions are
   * null; their text is the source.
   */
  private readDollar(acc: Acc, quoted: boolean): boolean {
    const s = this.src;
    const p = this.pos;
    const c = s.charCodeAt(p + 1);
    if (!quoted && c === 39) {
      // $'...': backslash escapes do not end it; the value is kept as written.
      let q = p + 2;
      while (q < this.n && s[q] !== "'") q += s[q] === '\\' ? 2 : 1;
      if (q >= this.n) this.fail(p, "reached EOF without closing quote '");
      this.append(acc, s.slice(p + 2, q));
      this.pos = q + 1;
      return true;
    }
    if (!quoted && c === 34) {
      this.readDouble(acc, p + 1);
      return true;
    }
    if (c === 123) {
      this.enter(p);
      this.pos = this.skipParam(p);
      this.depth--;
    } else if (c === 40) {
      if (s.charCodeAt(p + 2) === 40) this.pos = this.skipArith(p);
      else {
        this.pos = p + 2;
        const stmts = this.substList(p, ')');
        this.addSubs(acc, stmts);
      }
    } else if (c === 91) {
      const end = s.indexOf(']', p + 2);
      if (end === -1) this.fail(p, 'reached EOF without matching $[ with ]');
      this.pos = end + 1;
    } else if (isNameStart(c)) {
      // Line continuations inside the name are part of it (`$c\<newline>d` is $cd).
      let q = p + 2;
      while (q < this.n && (isNameChar(s.charCodeAt(q)) || (s.charCodeAt(q) === 92 && s.charCodeAt(q + 1) === 10))) q += s.charCodeAt(q) === 92 ? 2 : 1;
      this.pos = q;
    } else if ((c >= 48 && c <= 57) || c === 64 || c === 42 || c === 35 || c === 63 || c === 45 || c === 36 || c === 33) {
      this.pos = p + 2;
    } else return false;
    acc.value = null;
    acc.text += s.slice(p, this.pos);
    return true;
  }

  private readBackquote(acc: Acc) {
    const p = this.pos;
    this.pos = p + 1;
    this.bq++;
    const stmts = this.substList(p, '`');
    this.bq--;
    this.addSubs(acc, stmts);
    acc.value = null;
    acc.text += this.src.slice(p, this.pos);
  }

  /** Skips quotes and expansions inside `${...}`, `$((...))` and `[[ ]]` (their substitutions are not visited). */
  private skipQuoted(): boolean {
    const s = this.src;
    const c = s[this.pos];
    const dummy: Acc = { value: null, text: '', subs: null };
    if (c === '\\') this.pos = Math.min(this.n, this.pos + 2);
    else if (c === "'") this.readSingle(dummy, this.pos);
    else if (c === '"') this.readDouble(dummy, this.pos);
    else if (c === '`') this.readBackquote(dummy);
    else if (c === '$') {
      if (!this.readDollar(dummy, false)) this.pos++;
    } else return false;
    return true;
  }

  /** End of `${...}` starting at p. */
  private skipParam(p: number): number {
    this.pos = p + 2;
    while (this.pos < this.n) {
      if (this.src[this.pos] === '}') return this.pos + 1;
      if (!this.skipQuoted()) this.pos++;
    }
    return this.fail(p, 'reached EOF without matching ${ with }');
  }

  /** End of `$((...))` starting at p. */
  private skipArith(p: number): number {
    return this.skipParens(p + 3, p, 2, 'reached EOF without matching $(( with ))');
  }

  /** End of a parenthesized text whose `depth` open parentheses end just before `from`; `open` is where the error points. */
  protected skipParens(from: number, open: number, depth: number, unclosed: string): number {
    const s = this.src;
    this.pos = from;
    let d = depth;
    while (this.pos < this.n) {
      const c = s[this.pos];
      if (c === '(') d++;
      else if (c === ')') {
        d--;
        if (d === 0) return this.pos + 1;
      } else if (this.skipQuoted()) continue;
      this.pos++;
    }
    return this.fail(open, unclosed);
  }

  /** End of the `]]` that closes the `[[` at `open` (a word of its own), reading from `from`; `pos` ends there. */
  protected skipTest(open: number, from: number): number {
    const s = this.src;
    this.pos = from;
    while (this.pos < this.n) {
      const p = this.pos;
      if (
        s[p] === ']' &&
        s[p + 1] === ']' &&
        (s[p - 1] === ' ' || s[p - 1] === '\t' || s[p - 1] === '\n') &&
        (p + 2 >= this.n || isWordEnd(s.charCodeAt(p + 2)))
      ) {
        this.pos = p + 2;
        return this.pos;
      }
      if (!this.skipQuoted()) this.pos++;
    }
    return this.fail(open, 'reached EOF without matching [[ with ]]');
  }

  /** End of the extended glob `@(...)` at p: parentheses are counted, quotes are not special. */
  private skipExtGlob(p: number): number {
    let d = 0;
    for (let q = p + 1; q < this.n; q++) {
      if (this.src[q] === '(') d++;
      else if (this.src[q] === ')' && --d === 0) return q + 1;
    }
    return this.fail(p, 'reached EOF without matching ( with )');
  }

  protected pendingHeredocs(): number {
    return this.heredocs.length;
  }

  /** Registers a heredoc whose delimiter word was just read; its body is read after the next newline. */
  protected addHeredoc(opStart: number, op: string, delim: Word): Word {
    const raw = this.src.slice(delim.start, delim.end);
    const body: Word = { start: delim.end, end: delim.end, value: null, text: '', lit: false, subs: [] };
    this.heredocs.push({ delim: delim.value ?? delim.text, strip: op === '<<-', quoted: /['"\\]/.test(raw), body, opStart });
    return body;
  }

  private readHeredocs() {
    const pending = this.heredocs.splice(this.buried);
    for (const h of pending) {
      // A body ends at a line that is the delimiter. In an unquoted body, substitutions are parsed as
      // they come (they may span lines and hold heredocs of their own), and as in mvdan-sh the rest
      // of a line after a substitution is checked against the delimiter too.
      const acc: Acc = { value: null, text: '', subs: h.body.subs };
      let check = true;
      let toLineEnd = true;
      const bodyStart = this.pos;
      for (;;) {
        if (check && this.delimiterAt(h, toLineEnd, this.pos === bodyStart)) break;
        if (this.pos >= this.n) this.fail(h.opStart, `unclosed here-document '${h.delim}'`);
        const c = this.src[this.pos];
        check = false;
        toLineEnd = false;
        if (c === '\n') {
          this.pos++;
          check = toLineEnd = true;
        } else if (h.quoted) {
          const nl = this.src.indexOf('\n', this.pos);
          this.pos = nl === -1 ? this.n : nl;
        } else if (c === '\\') this.pos += this.src[this.pos + 1] === '\n' ? 2 : Math.min(2, this.n - this.pos);
        else if (c === '$') {
          const expansion = this.readDollar(acc, true);
          if (!expansion) this.pos++;
          check = true;
          toLineEnd = !expansion;
        } else if (c === '`') {
          this.readBackquote(acc);
          check = true;
        } else this.pos++;
      }
    }
  }

  /**
   * The text from `pos` to the end of its line is the delimiter of `h`: ends the body and moves past it.
   * The heredoc then ends with the delimiter line, or (as in mvdan-sh) before a delimiter that follows
   * an expansion (`atLineEnd` false), or with its delimiter word when the body is empty.
   */
  private delimiterAt(h: PendingHeredoc, atLineEnd: boolean, empty: boolean): boolean {
    const s = this.src;
    let nl = s.indexOf('\n', this.pos);
    if (nl === -1) nl = this.n;
    let ls = this.pos;
    if (h.strip) while (s[ls] === '\t') ls++;
    if (nl - ls !== h.delim.length || !s.startsWith(h.delim, ls)) return false;
    if (!empty || ls > this.pos) h.body.end = atLineEnd ? nl : this.pos;
    this.pos = Math.min(this.n, nl + 1);
    return true;
  }
}
