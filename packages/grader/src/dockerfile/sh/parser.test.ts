import { describe, expect, it } from 'vitest';
import type { Range } from '../../types';
import { parseShell, type ShellNode, type ShellScript } from '../shell';
import { LineIndex, type Logical } from '../text';
import { MAX_DEPTH, parseScript } from './parser';

const at = (r: Range) => `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;

function logical(text: string): Logical {
  return { text, map: Array.from({ length: text.length + 1 }, (_, i) => i) };
}

function script(src: string): ShellScript {
  const r = parseShell(logical(src), new LineIndex(src));
  if (!r.ok) throw new Error(`${r.message} @${r.offset}`);
  return r.script;
}

/** Each command as `name@range: arg=value ...` (value `null` for expansions). */
function commands(src: string): string[] {
  return script(src).commands.map(
    (c) => `${c.name}@${at(c.range)}${c.args.map((a) => ` ${a.raw}=${a.value === null ? 'null' : JSON.stringify(a.value)}`).join('')}`,
  );
}

function tree(n: ShellNode): string {
  switch (n.type) {
    case 'command':
      return `${n.command.name}@${at(n.range)}`;
    case 'and':
    case 'or':
      return `${n.type}@${at(n.range)}(${tree(n.left)}, ${tree(n.right)})`;
    case 'pipeline':
      return `pipe@${at(n.range)}[${n.parts.map(tree).join(' | ')}]`;
    case 'subshell':
    case 'group':
      return `${n.type}@${at(n.range)}{${n.body.map(tree).join('; ')}}`;
    case 'compound':
      return `${n.keyword}@${at(n.range)}{${n.body.map(tree).join('; ')}}`;
    case 'empty':
      return `empty@${at(n.range)}`;
  }
}

const body = (src: string) => script(src).body.map(tree);

function error(src: string): string {
  const r = parseScript(src);
  return r.ok ? 'ok' : `${r.message} @${r.offset}`;
}

describe('words', () => {
  it('removes quotes and escapes, keeps expansions as written in text', () => {
    const [cmd] = script(`echo 'a b' "c \\"d\\" $HOME" e\\ f $'x\\ny' $"loc" {a,b} *.txt $ a#b`).commands;
    expect(cmd.words.map((w) => [w.raw, w.value, w.text, at(w.range)])).toEqual([
      ['echo', 'echo', 'echo', '1:1-1:5'],
      ["'a b'", 'a b', 'a b', '1:6-1:11'],
      ['"c \\"d\\" $HOME"', null, 'c "d" $HOME', '1:12-1:27'],
      ['e\\ f', 'e f', 'e f', '1:28-1:32'],
      ["$'x\\ny'", 'x\\ny', 'x\\ny', '1:33-1:40'],
      ['$"loc"', 'loc', 'loc', '1:41-1:47'],
      ['{a,b}', '{a,b}', '{a,b}', '1:48-1:53'],
      ['*.txt', '*.txt', '*.txt', '1:54-1:59'],
      ['$', '$', '$', '1:60-1:61'],
      ['a#b', 'a#b', 'a#b', '1:62-1:65'],
    ]);
  });

  it('marks every kind of expansion with a null value', () => {
    const words = script('x $A ${B:-c} $(d) `e` $((1+2)) @(f|g) <(h) $1 $@').commands[0].args;
    expect(words.map((w) => [w.raw, w.value, w.text])).toEqual([
      ['$A', null, '$A'],
      ['${B:-c}', null, '${B:-c}'],
      ['$(d)', null, '$(d)'],
      ['`e`', null, '`e`'],
      ['$((1+2))', null, '$((1+2))'],
      ['@(f|g)', null, '@(f|g)'],
      ['<(h)', null, '<(h)'],
      ['$1', null, '$1'],
      ['$@', null, '$@'],
    ]);
  });

  it('keeps the expansion in text for pattern checks (curl=${VERSION})', () => {
    const [w] = script('apk add curl=${VERSION}-r0').commands[0].args.slice(1);
    expect([w.value, w.text]).toEqual([null, 'curl=${VERSION}-r0']);
  });

  it('counts ranges in UTF-16 units for non-ASCII text', () => {
    expect(commands('echo 안녕 "한 $X" && printf 세계')).toEqual(['echo@1:1-1:15 안녕="안녕" "한 $X"=null', 'printf@1:19-1:28 세계="세계"']);
  });
});

describe('simple commands', () => {
  it('leaves assignment prefixes and redirections out of the words', () => {
    expect(commands('A=1 B="x y" cmd >out arg 2>&1 <in &>/dev/null tail')).toEqual(['cmd@1:1-1:51 arg="arg" tail="tail"']);
  });

  it('makes an empty node of assignments or redirections alone', () => {
    expect(body('A=1 B=2; >/tmp/x')).toEqual(['empty@1:1-1:9', 'empty@1:10-1:17']);
  });

  it('reads export/local/declare arguments as written', () => {
    const [cmd] = script('export A=1 B "C=$x" -x').commands;
    expect(cmd.words.map((w) => `${w.raw}=${w.value}`)).toEqual(['export=export', 'A=1=A=1', 'B=B', '"C=$x"=null', '-x=-x']);
  });

  it('ends a statement range at its ; or &', () => {
    expect(body('a; b & c')).toEqual(['a@1:1-1:3', 'b@1:4-1:7', 'c@1:8-1:9']);
  });

  it('treats # as a comment only at the start of a word', () => {
    expect(commands('echo a#b # c d\n# whole line\necho e')).toEqual(['echo@1:1-1:9 a#b="a#b"', 'echo@3:1-3:7 e="e"']);
  });
});

describe('lists and pipelines', () => {
  it('groups && and || from the left', () => {
    expect(body('a && b || c && d')).toEqual(['and@1:1-1:17(or@1:1-1:12(and@1:1-1:7(a@1:1-1:2, b@1:6-1:7), c@1:11-1:12), d@1:16-1:17)']);
  });

  it('binds pipes tighter than && and flattens them', () => {
    expect(body('a | b |& c && d')).toEqual(['and@1:1-1:16(pipe@1:1-1:11[a@1:1-1:2 | b@1:5-1:6 | c@1:10-1:11], d@1:15-1:16)']);
    expect(script('a | b |& c && d').pipelines.map((p) => `${at(p.range)} ${p.parts.length}`)).toEqual(['1:1-1:11 3']);
  });

  it('starts a negated pipeline (and its first command) at the !', () => {
    expect(body('! a | b')).toEqual(['pipe@1:1-1:8[a@1:1-1:4 | b@1:7-1:8]']);
  });

  it('continues a list after && and | on the next line', () => {
    expect(body('a &&\n  b |\n  c')).toEqual(['and@1:1-3:4(a@1:1-1:2, pipe@2:3-3:4[b@2:3-2:4 | c@3:3-3:4])']);
  });
});

describe('compound commands', () => {
  it('parses subshells, groups, if, loops, case, functions, tests and arithmetic', () => {
    expect(body('(a; b) || { c; }')).toEqual(['or@1:1-1:17(subshell@1:1-1:7{a@1:2-1:4; b@1:5-1:6}, group@1:11-1:17{c@1:13-1:15})']);
    expect(body('if a; then b; elif c; then d; else e; fi')).toEqual(['IfClause@1:1-1:41{a@1:4-1:6; b@1:12-1:14; c@1:20-1:22; d@1:28-1:30; e@1:36-1:38}']);
    expect(body('for i in $(ls); do x; done; while a; do b; done; until c; do d; done')).toEqual([
      'ForClause@1:1-1:28{x@1:20-1:22}',
      'WhileClause@1:29-1:49{a@1:35-1:37; b@1:41-1:43}',
      'WhileClause@1:50-1:69{c@1:56-1:58; d@1:62-1:64}',
    ]);
    expect(body('case "$1" in a|b) x;; *) y;; esac')).toEqual(['CaseClause@1:1-1:34{x@1:19-1:20; y@1:26-1:27}']);
    expect(body('f() { a; }; function g { b; }')).toEqual(['FuncDecl@1:1-1:12{group@1:5-1:11{a@1:7-1:9}}', 'FuncDecl@1:13-1:30{group@1:24-1:30{b@1:26-1:28}}']);
    expect(body('[[ $x =~ ^(a|b)$ ]] && (( i++ )) && time a | b')).toEqual([
      'and@1:1-1:47(and@1:1-1:33(TestClause@1:1-1:20{}, ArithmCmd@1:24-1:33{}), TimeClause@1:37-1:47{pipe@1:42-1:47[a@1:42-1:43 | b@1:46-1:47]})',
    ]);
  });

  it('keeps reserved words as arguments when they are not in command position', () => {
    expect(commands('echo if then fi }')).toEqual(['echo@1:1-1:18 if="if" then="then" fi="fi" }="}"']);
  });
});

describe('substitutions', () => {
  it('lists the commands inside $(...), backquotes and <(...) in source order', () => {
    expect(commands('x=$(id -u) echo "$(whoami)" `hostname` <(curl -s u) >$(mktemp)')).toEqual([
      'echo@1:1-1:63 "$(whoami)"=null `hostname`=null <(curl -s u)=null',
      'id@1:5-1:10 -u="-u"',
      'whoami@1:20-1:26',
      'hostname@1:30-1:38',
      'curl@1:42-1:51 -s="-s" u="u"',
      'mktemp@1:56-1:62',
    ]);
  });

  it('does not list commands inside ${...}, $((...)), for words or case words (as mvdan-sh)', () => {
    expect(commands('echo ${x:-$(a)} $((1 + $(b))); for i in $(c); do :; done; case $(d) in *) :;; esac')).toEqual([
      'echo@1:1-1:31 ${x:-$(a)}=null $((1 + $(b)))=null',
      ':@1:50-1:52',
      ':@1:75-1:76',
    ]);
  });

  it('parses a case inside $(...) with its ) patterns', () => {
    expect(commands('echo $(case a in a) b;; esac)')).toEqual(['echo@1:1-1:30 $(case a in a) b;; esac)=null', 'b@1:21-1:22']);
  });
});

describe('heredocs', () => {
  it('reads the body after the line and ends the command at the delimiter line', () => {
    expect(commands('cat <<EOF > /etc/x\nkey=$(hostname)\nEOF\necho done')).toEqual(['cat@1:1-1:19', 'hostname@2:7-2:15', 'echo@4:1-4:10 done="done"']);
    expect(commands('cat <<EOF\n$(id)\nEOF')).toEqual(['cat@1:1-3:4', 'id@2:3-2:5']);
  });

  it('does not run substitutions of a quoted body, and strips tabs for <<-', () => {
    expect(commands("cat <<'EOF'\n$(id)\nEOF\ncat <<-EOT\n\tx\n\tEOT\ntrue")).toEqual(['cat@1:1-3:4', 'cat@4:1-6:5', 'true@7:1-7:5']);
  });
});

describe('syntax errors', () => {
  it.each([
    ['if then', '"if" must be followed by a statement list @0'],
    ["echo 'open", "reached EOF without closing quote ' @5"],
    ['echo "open', 'reached EOF without closing quote " @5'],
    ['a &&', '&& must be followed by a statement @2'],
    ['a | ', '| must be followed by a statement @2'],
    ['( a', 'reached EOF without matching ( with ) @0'],
    ['{ a', 'reached EOF without matching { with } @0'],
    ['echo $(a', 'reached EOF without matching ( with ) @5'],
    ['echo `a', 'reached EOF without closing quote ` @5'],
    ['echo ${a', 'reached EOF without matching ${ with } @5'],
    ['cat <<EOF\nx', "unclosed here-document 'EOF' @4"],
    ['fi', '"fi" can only be used to end an if @0'],
    ['a ;; b', ';; can only be used in a case clause @2'],
    [') a', ') can only be used to close a subshell @0'],
    ['case x in a) b', 'case statement must end with "esac" @0'],
    ['while a; do b', 'while statement must end with "done" @0'],
    ['for i in 1; do', '"do" must be followed by a statement list @12'],
    ['echo a >', '> must be followed by a word @7'],
    ['! ; a', '"!" cannot form a statement alone @0'],
    ['a=(1 2) cmd', 'inline variables cannot be arrays @0'],
    ['echo a ( b', 'a command can only contain words and redirects; encountered ( @7'],
  ])('%j', (src, expected) => {
    expect(error(src)).toBe(expected);
  });

  it('maps the offset into the Dockerfile through the script map', () => {
    const code: Logical = { text: "echo 'x", map: [10, 11, 12, 13, 14, 20, 21, 22] };
    expect(parseShell(code, new LineIndex(' '.repeat(30)))).toEqual({ ok: false, message: "reached EOF without closing quote '", offset: 20 });
  });
});

describe('hostile input', () => {
  it(`refuses nesting deeper than ${MAX_DEPTH} levels instead of exhausting the stack`, () => {
    const n = MAX_DEPTH + 50;
    expect(error(`${'( '.repeat(n)}a${' )'.repeat(n)}`)).toBe(`nested too deeply @${2 * MAX_DEPTH}`);
    expect(error(`echo ${'$('.repeat(n)}`)).toMatch(/^nested too deeply @/);
    expect(error(`echo ${'${x:-'.repeat(n)}`)).toMatch(/^nested too deeply @/);
    expect(error(`${'( '.repeat(MAX_DEPTH - 5)}a${' )'.repeat(MAX_DEPTH - 5)}`)).toBe('ok');
  });

  it('parses long flat scripts in linear time', () => {
    const src = 'a && b | c; '.repeat(5_000);
    const t0 = performance.now();
    const r = parseScript(src);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.ok && r.stmts.length).toBe(5_000);
  });
});
