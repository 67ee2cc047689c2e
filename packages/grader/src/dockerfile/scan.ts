/**
 * Instruction boundaries of a Dockerfile: where each instruction and its keyword start and end,
 * the parser directives and the escape character. This is the part of dockerfile-ast (0.7.1) that
 * the model used, rewritten to work on offsets only: dockerfile-ast builds an LSP document, Range
 * objects and argument lists for every instruction, which cost about half of a grading run.
 * The boundaries are dockerfile-ast's, including its reading of continuation lines, comment lines
 * inside them, `RUN <<EOF` heredoc bodies (also under ONBUILD) and the `# escape=` directive;
 * `scan.test.ts` compares both on the course Dockerfiles, the rule examples and seeded mutations.
 *
 * The input is the model's normalized text: no BOM, and every CRLF or lone CR already turned into LF.
 */

export interface ScannedInstruction {
  /** The keyword as written, escaped line breaks removed (`run`, `RUN`, `FROMM`). */
  instruction: string;
  /** Offset of the keyword's first character. */
  start: number;
  /** Offset just after the keyword. */
  keywordEnd: number;
  /** Offset just after the instruction: the line break that ends it (trailing blanks included), or the end of the heredoc. */
  end: number;
}

export interface ScannedDockerfile {
  escape: '\\' | '`';
  /** Parser directives at the top of the file (`# syntax=...`, `# escape=...`), names as written. */
  directives: { name: string; value: string }[];
  instructions: ScannedInstruction[];
}

export function scanDockerfile(text: string): ScannedDockerfile {
  const directives = readDirectives(text);
  let escape: '\\' | '`' = '\\';
  for (const d of directives) {
    if (d.name.toLowerCase() === 'escape' && (d.value === '\\' || d.value === '`')) {
      escape = d.value;
      break;
    }
  }
  const instructions: ScannedInstruction[] = [];
  const s = new Scanner(text, escape, instructions);
  for (let i = lineStart(text, directives.length); i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n') continue;
    i = c === '#' ? s.comment(i) : s.instruction(i);
  }
  return { escape, directives, instructions };
}

/** Offset of the start of 0-based line `n` (the end of the text when there are fewer lines). */
function lineStart(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k < n; k++) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length;
    at = nl + 1;
  }
  return at;
}

/** `# name=value` lines at the very top; a blank line or any other line ends them. */
function readDirectives(text: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  check: for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t') continue;
    if (c !== '#') break;
    let nameStart = -1;
    let nameEnd = -1;
    for (let j = i + 1; j < text.length; j++) {
      const d = text[j];
      if (d === ' ' || d === '\t') {
        if (nameStart !== -1 && nameEnd === -1) nameEnd = j;
      } else if (d === '\n') {
        break check;
      } else if (d === '=') {
        if (nameEnd === -1) nameEnd = j;
        let valueStart = -1;
        let valueEnd = -1;
        let lineEnd = text.length;
        for (let k = j + 1; k < text.length; k++) {
          const v = text[k];
          if (v === '\n') {
            if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
            lineEnd = k;
            break;
          }
          if (v === ' ' || v === '\t') {
            if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
          } else if (valueStart === -1) valueStart = k;
        }
        // `# =x` is an ordinary comment.
        if (nameStart === -1) break check;
        if (valueStart === -1) {
          valueStart = j + 1;
          valueEnd = lineEnd;
        } else if (valueEnd === -1) valueEnd = text.length;
        out.push({ name: text.slice(nameStart, nameEnd), value: text.slice(valueStart, valueEnd) });
        // Scanning goes on after the value: trailing blanks and then the line break end the directives
        // (dockerfile-ast's reading, kept so that both agree on where the instructions start).
        i = valueEnd;
        continue check;
      } else if (nameStart === -1) nameStart = j;
    }
    break;
  }
  return out;
}

interface Arg {
  value: string;
  start: number;
  end: number;
}

class Scanner {
  constructor(
    private readonly text: string,
    private readonly escape: string,
    private readonly out: ScannedInstruction[],
  ) {}

  /** Skips a comment line; returns the offset of its line break (or the end). */
  comment(start: number): number {
    const nl = this.text.indexOf('\n', start + 1);
    return nl === -1 ? this.text.length : nl;
  }

  /** Reads the keyword starting at `start`, then its arguments; returns where the instruction ends. */
  instruction(start: number): number {
    const t = this.text;
    const esc = this.escape;
    let keyword = t[start];
    let keywordEnd = -1;
    let escaped = false;
    check: for (let i = start + 1; i < t.length; i++) {
      const c = t[i];
      if (c === esc) {
        escaped = true;
        const n = i + 1 < t.length ? t[i + 1] : '';
        if (n === '\n') {
          if (keywordEnd === -1) keywordEnd = i;
          i++;
        } else if (n === ' ' || n === '\t') {
          for (let j = i + 2; j < t.length; j++) {
            const w = t[j];
            if (w === ' ' || w === '\t') continue;
            if (w === '\n') {
              i = j;
              continue check;
            }
            keywordEnd = i + 1;
            keyword += esc;
            i = j - 2;
            continue check;
          }
          keywordEnd = i + 1;
          keyword += esc;
          break;
        } else {
          keywordEnd = i + 1;
          keyword += esc;
          escaped = false;
        }
      } else if (c === ' ' || c === '\t') {
        if (escaped) {
          // After an escaped line break: a blank line goes on, a word ends the keyword.
          let blankLine = false;
          for (let j = i + 1; j < t.length; j++) {
            const w = t[j];
            if (w === ' ' || w === '\t') continue;
            if (w === '\n') {
              i = j;
              blankLine = true;
            }
            break;
          }
          if (blankLine) continue;
          escaped = false;
        }
        if (keywordEnd === -1) keywordEnd = i;
        const end = this.args(keyword, keywordEnd, i);
        this.out.push({ instruction: keyword, start, keywordEnd, end });
        return end;
      } else if (c === '\n') {
        if (escaped) continue;
        if (keywordEnd === -1) keywordEnd = i;
        this.out.push({ instruction: keyword, start, keywordEnd, end: i });
        return i;
      } else if (c === '#' && escaped) {
      } else {
        keywordEnd = i + 1;
        keyword += c;
        escaped = false;
      }
    }
    if (keywordEnd === -1) keywordEnd = t.length;
    this.out.push({ instruction: keyword, start, keywordEnd, end: t.length });
    return t.length;
  }

  /** From the blank after the keyword to the unescaped line break (then past heredoc bodies). */
  private args(keyword: string, keywordEnd: number, from: number): number {
    const t = this.text;
    const esc = this.escape;
    let escaped = false;
    check: for (let i = from + 1; i < t.length; i++) {
      const c = t[i];
      if (c === '\n') {
        if (escaped) continue;
        return this.heredocs(keyword, keywordEnd, i);
      }
      if (c === esc) {
        const n = i + 1 < t.length ? t[i + 1] : '';
        if (n === '\n') {
          escaped = true;
          i++;
        } else if (n === ' ' || n === '\t') {
          for (let j = i + 2; j < t.length; j++) {
            const w = t[j];
            if (w === ' ' || w === '\t') continue;
            if (w === '\n') escaped = true;
            i = j;
            continue check;
          }
          return t.length;
        }
        continue;
      }
      if (c === '#') {
        // A comment line inside a continuation.
        if (escaped) i = this.comment(i);
        continue;
      }
      if (c !== ' ' && c !== '\t') escaped = false;
    }
    return t.length;
  }

  /** RUN, COPY and ADD (also as an ONBUILD trigger) with `<<NAME` arguments continue past their bodies. */
  private heredocs(keyword: string, keywordEnd: number, lineEnd: number): number {
    let kw = keyword.toUpperCase();
    if (kw !== 'RUN' && kw !== 'COPY' && kw !== 'ADD' && kw !== 'ONBUILD') return lineEnd;
    // An argument `<<NAME` needs two '<' on the line (`<\<` counts: the escape is dropped).
    const lt = this.text.indexOf('<', keywordEnd);
    const second = lt === -1 ? -1 : this.text.indexOf('<', lt + 1);
    if (second === -1 || second >= lineEnd) return lineEnd;
    let args: Arg[];
    if (kw === 'ONBUILD') {
      const onbuild = this.rawArgs(keywordEnd, lineEnd);
      if (onbuild.length === 0) return lineEnd;
      const trigger = onbuild[0];
      kw = this.text.slice(trigger.start, trigger.end).toUpperCase();
      args = this.rawArgs(trigger.end, lineEnd);
    } else {
      args = this.rawArgs(keywordEnd, lineEnd);
    }
    if (kw !== 'ADD' && kw !== 'COPY' && kw !== 'RUN') return lineEnd;
    // dockerfile-ast drops as many leading arguments as it counts flags (`--x` before the first word without `--`).
    let flags = 0;
    for (const a of args) {
      if (!a.value.includes('--')) break;
      if (a.value.startsWith('--')) flags++;
    }
    const names: string[] = [];
    let tabbed = false;
    for (let k = flags; k < args.length; k++) {
      const value = args[k].value;
      if (value.startsWith('<<') && value.length > 2) {
        if (value.startsWith('<<-')) tabbed = true;
        const name = heredocName(value);
        if (name !== null) names.push(name);
      }
    }
    let end = lineEnd;
    for (const name of names) end = this.heredocEnd(name, end, tabbed);
    return end;
  }

  /** The line break after the line that is exactly `name` (leading tabs allowed for `<<-`), or the end. */
  private heredocEnd(name: string, from: number, tabbed: boolean): number {
    const t = this.text;
    let word = -1;
    let atLineStart = true;
    for (let i = from; i < t.length; i++) {
      const c = t[i];
      if (c === ' ') atLineStart = false;
      else if (c === '\t') {
        if (!tabbed) atLineStart = false;
      } else if (c === '\n') {
        if (word !== -1 && t.slice(word, i) === name) return i;
        word = -1;
        atLineStart = true;
      } else if (atLineStart) {
        word = i;
        atLineStart = false;
      }
    }
    return t.length;
  }

  /**
   * Whitespace-separated arguments of [from, to) as dockerfile-ast splits them: quotes kept,
   * escaped line breaks and comment lines inside continuations skipped, `\x` read as `x` (but `\$` kept).
   */
  private rawArgs(from: number, to: number): Arg[] {
    const t = this.text;
    const esc = this.escape;
    const args: Arg[] = [];
    let lineStartAfterEscape = false;
    let comment = false;
    let found = -1;
    let blankAfterEscape = false;
    let escaping = false;
    let marker = -1;
    let value = '';
    for (let i = from; i < to; i++) {
      const c = t[i];
      if (c === ' ' || c === '\t' || c === '\n') {
        if (escaping) {
          blankAfterEscape = true;
          if (c === '\n') {
            blankAfterEscape = false;
            if (comment) {
              comment = false;
              lineStartAfterEscape = true;
            }
          }
          continue;
        }
        if (found !== -1) {
          args.push({ value, start: found, end: marker === -1 ? i : marker });
          value = '';
          found = -1;
          marker = -1;
        }
      } else if (c === esc) {
        const n = i + 1 < to ? t[i + 1] : '';
        if (n === ' ' || n === '\t') {
          for (let j = i + 2; j < to; j++) {
            const w = t[j];
            if (w === ' ' || w === '\t') continue;
            if (w === '\n') {
              comment = false;
              escaping = true;
              lineStartAfterEscape = true;
              if (found !== -1) marker = i;
              i = j;
            } else {
              marker = i;
              if (found === -1) i = j - 1;
            }
            break;
          }
        } else if (n === '\n') {
          comment = false;
          escaping = true;
          lineStartAfterEscape = true;
          if (found !== -1 && marker === -1) marker = i;
          i++;
        } else {
          if (blankAfterEscape && marker !== -1) {
            args.push({ value, start: found, end: marker });
            value = '';
            found = -1;
          }
          marker = -1;
          blankAfterEscape = false;
          escaping = false;
          if (n === '') break;
          value += n === '$' ? c + n : n;
          if (found === -1) found = i;
          i++;
        }
      } else if (!comment) {
        if (lineStartAfterEscape && c === '#') comment = true;
        else {
          if (blankAfterEscape && marker !== -1) {
            args.push({ value, start: found, end: marker });
            value = '';
            found = -1;
          }
          blankAfterEscape = false;
          escaping = false;
          marker = -1;
          value += c;
          if (found === -1) found = i;
        }
        lineStartAfterEscape = false;
      }
    }
    if (found !== -1) args.push({ value, start: found, end: marker === -1 ? to : marker });
    return args;
  }
}

/** The delimiter of a `<<NAME`, `<<-NAME`, `<<"NAME"` or `<<'NAME'` argument; null when malformed. */
function heredocName(arg: string): string | null {
  let v = arg.slice(2);
  if (v[0] === '-') v = v.slice(1);
  for (const q of ['"', "'"]) {
    if (v[0] === q) {
      if (v[v.length - 1] !== q) return null;
      v = v.slice(1, v.length - 1);
    }
  }
  if (v[0] === '<') return null;
  return v;
}
