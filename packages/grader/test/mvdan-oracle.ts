/**
 * The former RUN shell adapter over mvdan-sh (GopherJS build of mvdan.cc/sh/v3/syntax), kept only as
 * the oracle of differential.test.ts: it builds the same ShellScript contract as shell.ts.
 */
import sh from 'mvdan-sh';
import type { Command, Stmt, Word, WordPart } from 'mvdan-sh';
import type { Range } from '../src/types';
import type { ShellCommand, ShellNode, ShellParseResult, ShellPipeline, ShellWord } from '../src/dockerfile/shell';
import { sourceAt, sourceSpan, type LineIndex, type Logical } from '../src/dockerfile/text';

const OP_OR = 11;
const OP_PIPE = 12;
const OP_PIPE_ALL = 13;

export function parseShellMvdan(code: Logical, index: LineIndex): ShellParseResult {
  const src = code.text;
  const byteToChar = utf8Offsets(src);
  const toChar = (b: number) => (byteToChar ? byteToChar[Math.max(0, Math.min(b, byteToChar.length - 1))] : Math.max(0, Math.min(b, src.length)));
  let file;
  try {
    file = sh.syntax.NewParser().Parse(src, 'RUN');
  } catch (e) {
    const err = e as { Text?: unknown; Pos?: { Offset?: () => number } } | null;
    if (err && typeof err.Text === 'string') {
      const off = typeof err.Pos?.Offset === 'function' ? toChar(err.Pos.Offset()) : 0;
      return { ok: false, message: err.Text, offset: sourceSpan(code, off, off + 1)[0] };
    }
    const message = e instanceof RangeError ? 'nested too deeply' : String(e);
    return { ok: false, message, offset: sourceAt(code, 0) };
  }

  const commands: ShellCommand[] = [];
  const pipelines: ShellPipeline[] = [];

  const rangeOf = (b0: number, b1: number): Range => {
    const [s0, s1] = sourceSpan(code, toChar(b0), toChar(b1));
    return index.range(s0, s1);
  };
  const nodeRange = (n: { Pos(): { Offset(): number }; End(): { Offset(): number } }) => rangeOf(n.Pos().Offset(), n.End().Offset());
  const rawOf = (n: { Pos(): { Offset(): number }; End(): { Offset(): number } }) => src.slice(toChar(n.Pos().Offset()), toChar(n.End().Offset()));

  const visitNested = (parts: WordPart[] | undefined) => {
    for (const p of parts ?? []) {
      const t = sh.syntax.NodeType(p);
      if ((t === 'CmdSubst' || t === 'ProcSubst') && p.Stmts) p.Stmts.forEach(convertStmt);
      else if (t === 'DblQuoted') visitNested(p.Parts);
    }
  };

  const convertWord = (w: Word): ShellWord => {
    const parts = w.Parts;
    visitNested(parts);
    let value: string | null = '';
    let text = '';
    for (const p of parts) {
      const t = sh.syntax.NodeType(p);
      if (t === 'Lit') {
        const v = unescapeLit(p.Value ?? '');
        value = value === null ? null : value + v;
        text += v;
      } else if (t === 'SglQuoted') {
        const v = p.Value ?? '';
        value = value === null ? null : value + v;
        text += v;
      } else if (t === 'DblQuoted') {
        for (const q of p.Parts ?? []) {
          if (sh.syntax.NodeType(q) === 'Lit') {
            const v = unescapeDouble(q.Value ?? '');
            value = value === null ? null : value + v;
            text += v;
          } else {
            value = null;
            text += rawOf(q);
          }
        }
      } else {
        value = null;
        text += rawOf(p);
      }
    }
    const b0 = w.Pos().Offset();
    const b1 = w.End().Offset();
    return { raw: src.slice(toChar(b0), toChar(b1)), value, text, range: rangeOf(b0, b1) };
  };

  const makeCommand = (words: ShellWord[], range: Range): ShellNode => {
    const command: ShellCommand = { name: words[0].value, args: words.slice(1), words, range };
    commands.push(command);
    return { type: 'command', range, command };
  };

  const pipeParts = (s: Stmt, out: ShellNode[]) => {
    const c = s.Cmd;
    if (c && !s.Negated && sh.syntax.NodeType(c) === 'BinaryCmd' && (c.Op === OP_PIPE || c.Op === OP_PIPE_ALL) && c.X && c.Y) {
      pipeParts(c.X, out);
      pipeParts(c.Y, out);
    } else out.push(convertStmt(s));
  };

  function convertStmt(s: Stmt): ShellNode {
    for (const r of s.Redirs ?? []) {
      if (r.Word) visitNested(r.Word.Parts);
      if (r.Hdoc) visitNested(r.Hdoc.Parts);
    }
    const range = nodeRange(s);
    const c = s.Cmd;
    if (!c) return { type: 'empty', range };
    const t = sh.syntax.NodeType(c);
    switch (t) {
      case 'CallExpr': {
        for (const a of c.Assigns ?? []) if (a.Value) visitNested(a.Value.Parts);
        const words = ((c.Args ?? []) as Word[]).map(convertWord);
        return words.length ? makeCommand(words, range) : { type: 'empty', range };
      }
      case 'DeclClause': {
        const name: ShellWord = {
          raw: c.Variant?.Value ?? '',
          value: c.Variant?.Value ?? '',
          text: c.Variant?.Value ?? '',
          range: c.Variant ? nodeRange(c.Variant) : range,
        };
        const args = ((c.Args ?? []) as { Pos(): { Offset(): number }; End(): { Offset(): number }; Value: Word | null }[]).map((a): ShellWord => {
          if (a.Value) visitNested(a.Value.Parts);
          const raw = rawOf(a);
          return { raw, value: raw.includes('$') ? null : raw, text: raw, range: nodeRange(a) };
        });
        return makeCommand([name, ...args], range);
      }
      case 'BinaryCmd': {
        if ((c.Op === OP_PIPE || c.Op === OP_PIPE_ALL) && c.X && c.Y) {
          const parts: ShellNode[] = [];
          pipeParts(c.X, parts);
          pipeParts(c.Y, parts);
          pipelines.push({ range, parts });
          return { type: 'pipeline', range, parts };
        }
        const left = c.X ? convertStmt(c.X) : ({ type: 'empty', range } as ShellNode);
        const right = c.Y ? convertStmt(c.Y) : ({ type: 'empty', range } as ShellNode);
        return { type: c.Op === OP_OR ? 'or' : 'and', range, left, right };
      }
      case 'Subshell':
        return { type: 'subshell', range, body: (c.Stmts ?? []).map(convertStmt) };
      case 'Block':
        return { type: 'group', range, body: (c.Stmts ?? []).map(convertStmt) };
      default:
        return { type: 'compound', range, keyword: t, body: childStmts(c).map(convertStmt) };
    }
  }

  const body = file.Stmts.map(convertStmt);
  const byPos = (a: { range: Range }, b: { range: Range }) => a.range.line - b.range.line || a.range.column - b.range.column;
  commands.sort(byPos);
  pipelines.sort(byPos);
  return { ok: true, script: { body, commands, pipelines } };
}

function childStmts(c: Command): Stmt[] {
  const out: Stmt[] = [];
  const t = sh.syntax.NodeType(c);
  if (t === 'IfClause') {
    out.push(...(c.Cond ?? []), ...(c.Then ?? []));
    if (c.Else) out.push(...childStmts(c.Else));
  } else if (t === 'WhileClause') out.push(...(c.Cond ?? []), ...(c.Do ?? []));
  else if (t === 'ForClause') out.push(...(c.Do ?? []));
  else if (t === 'CaseClause') for (const item of c.Items ?? []) out.push(...item.Stmts);
  else if (t === 'FuncDecl' && c.Body) out.push(c.Body);
  else if ((t === 'TimeClause' || t === 'CoprocClause') && c.Stmt) out.push(c.Stmt);
  return out;
}

function unescapeLit(v: string): string {
  return v.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1');
}

function unescapeDouble(v: string): string {
  return v.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1');
}

/** Maps UTF-8 byte offsets of `s` to UTF-16 indexes; null when `s` is ASCII (they are equal). */
function utf8Offsets(s: string): number[] | null {
  if (!/[^\x00-\x7f]/.test(s)) return null;
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) ?? 0;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let b = 0; b < bytes; b++) out.push(i);
    if (cp >= 0x10000) i++;
  }
  out.push(s.length);
  return out;
}
