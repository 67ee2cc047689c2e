/**
 * Differential test of the shell parser against mvdan-sh (the former runtime parser, now a dev
 * dependency used only here): on every RUN script of the course chapters and of the docker/* rule
 * examples, on a hand list of tricky scripts and on seeded mutations of all of them, both must give
 * the same commands (names, argument raws, values, texts and ranges), pipelines, and/or structure
 * and statement tree, and must agree on whether the script parses.
 */
import { describe, expect, it } from 'vitest';
import type { Range } from '../../types';
import { parseShell, type ShellNode, type ShellParseResult } from '../shell';
import { scanDockerfile } from '../scan';
import { chapterDockerfiles, exampleDockerfiles, mutations } from '../../../test/dockerfile-corpora';
import { joinContinuations, LineIndex, sliceLogical, splitWords, type Logical } from '../text';
import { parseShellMvdan } from '../../../test/mvdan-oracle';

const at = (r: Range) => `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;

function tree(n: ShellNode): string {
  switch (n.type) {
    case 'command':
      return `cmd@${at(n.range)}`;
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

/** Everything the contract exposes, as lines; errors only as "does not parse" (messages differ in places). */
function dump(r: ShellParseResult): string[] {
  if (!r.ok) return [r.tooLarge ? 'too large' : 'does not parse'];
  const s = r.script;
  return [
    ...s.body.map(tree),
    ...s.commands.map(
      (c) =>
        `command ${c.name} @${at(c.range)}: ${c.words.map((w) => `${JSON.stringify(w.raw)}=${JSON.stringify(w.value)}/${JSON.stringify(w.text)}@${at(w.range)}`).join(' ')}`,
    ),
    ...s.pipelines.map((p) => `pipeline @${at(p.range)}: ${p.parts.map(tree).join(' | ')}`),
  ];
}

function identity(text: string): Logical {
  return { text, map: Array.from({ length: text.length + 1 }, (_, i) => i) };
}

/**
 * Where the parsers may disagree, on mutated scripts only, always with us accepting a script that
 * mvdan-sh rejects (never the other way round):
 * - mvdan-sh validates the expressions inside `${...}`, `$((...))`, `((...))`, `$[...]` and `[[ ]]`,
 *   which we read to their end without checking them (bash reports most of these only when it runs them);
 * - mvdan-sh reports "invalid var name" for a quoted argument of export/declare right after an
 *   assignment (`export A=1 "B=$x"`): it keeps the `=` offset of the previous word.
 */
function allowedDisagreement(text: string, ours: ShellParseResult, oracle: ShellParseResult): boolean {
  if (!ours.ok || oracle.ok) return false;
  return /\$\{|\(\(|\$\[|\[\[/.test(text) || oracle.message === 'invalid var name';
}

/** Differences between the two parsers on one script (in a Dockerfile `source`, or alone). */
function compare(code: Logical, source = code.text, lenient = false): string[] {
  const index = new LineIndex(source);
  const a = parseShell(code, index);
  const b = parseShellMvdan(code, index);
  const ours = dump(a);
  const oracle = dump(b);
  if (ours.join('\n') === oracle.join('\n')) {
    // The error messages and positions agree too, except on the lenient mutations.
    if (!a.ok && !b.ok && !lenient && (a.message !== b.message || a.offset !== b.offset))
      return [`${JSON.stringify(code.text)}: ${a.message} @${a.offset} vs ${b.message} @${b.offset}`];
    return [];
  }
  if (lenient && allowedDisagreement(code.text, a, b)) return [];
  return [`${JSON.stringify(code.text)}\n  ours:   ${ours.join('\n          ')}\n  mvdan:  ${oracle.join('\n          ')}`];
}

/** The RUN scripts of a Dockerfile, mapped into it as the model maps them (flags skipped, `<<EOF` bodies). */
function runScripts(text: string): Logical[] {
  const out: Logical[] = [];
  for (const ins of scanDockerfile(text).instructions) {
    if (ins.instruction.toUpperCase() !== 'RUN' || ins.end <= ins.keywordEnd) continue;
    const l = joinContinuations(text, ins.keywordEnd, ins.end, '\\');
    const nl = l.text.indexOf('\n');
    const head = nl === -1 ? l : sliceLogical(l, 0, nl);
    const first = splitWords(head).find((t) => !(t.raw.startsWith('--') && t.raw.length > 2));
    if (!first || first.raw.startsWith('[')) continue;
    const script = sliceLogical(l, first.start, l.text.length);
    const only = /^<<-?(["']?)([A-Za-z_]\w*)\1[ \t]*\n/.exec(script.text);
    if (only) {
      const m = new RegExp(`^${only[2]}$`, 'm').exec(script.text.slice(only[0].length));
      out.push(sliceLogical(script, only[0].length, m ? only[0].length + m.index : script.text.length));
    } else out.push(script);
  }
  return out;
}

const TRICKY = [
  'a; b & c',
  'a && b || c && d',
  'a | b |& c && ! d | e',
  '! a | b | c && d',
  'apt-get update && apt-get install -y --no-install-recommends curl=7.88.* ca-certificates && rm -rf /var/lib/apt/lists/*',
  'curl -fsSL https://example.com/install.sh | sh -s -- --yes',
  'sh -c "$(curl -fsSL https://x/y)"',
  'bash <(wget -qO- https://x/y)',
  'echo \'single\' "double $HOME ${X:-d} $(id -u) `whoami`" \\$lit a\\ b $\'ansi\\n\' $"loc"',
  'echo {a,b} *.c ?x [ab] @(a|b) !(x) $ $/ a=b ~/x # comment',
  'A=1 B="$(date)" cmd arg >out 2>&1 <in &>/dev/null 3<&0 >|f <>f; C=(x y); D=(1) cmd',
  'export A=1 B "C=$x" -x D=a\'b\' && local x; readonly R=1 && declare -a arr=(1 2)',
  'cat <<EOF > /etc/x.conf\nkey=$(hostname)\nother `id`\nEOF\necho done',
  "cat <<'EOF'\n$(not run)\nEOF\ncat <<-EOT\n\tx\n\tEOT\ntrue",
  'cat <<EOF > /etc/x.conf\nkey=$(hostname <<EOT\nEOF\nEOT\n)\nother `id`EOF\necho done',
  'echo "a\\"b\\$c\\\\\nd\\e" "$c\\\nd" $c\\\nd',
  'if [ -f x ]; then a; elif b; then c; else d; fi',
  'if a\nthen\n  b\nfi',
  'for i in 1 2 $(seq 3); do echo $i; done; for ((i=0;i<3;i++)); do x; done; for x; do y; done',
  'while read l; do echo "$l"; done < f; until false; do break; done',
  'case "$1" in a|b) x;; (c) y ;& *) z;;& esac; case x in esac',
  'f() { a; b; }; function g { c; }; function h() ( d )',
  '[[ $x =~ ^(a|b)$ && -n "$y" ]] && echo ok; (( i++ ))',
  'let a=1 b=2; let c++ && d',
  'time a | b; time -p c; time',
  '( cd /x && make ) || { echo fail; exit 1; }',
  'x=$(echo $(echo nested) `echo bq`) y=$((1 + $(echo 2)))',
  'echo ${x#*/} ${#y} ${z/a/b} ${a[0]} "${b[@]}" $1 $@ $? $$ $! $# $- $*',
  'set -eux; \\\n  apt-get update',
  '{ a; } > f 2>&1; ( b ) | c',
  'echo a#b #c\n# only comment\n\necho d',
  'echo $a#b "x"#c d',
  'a &\nb',
  'echo "a\\"b\\$c\\\\d\\e"',
  'sudo -u root env A=1 apt-get install -y x',
  'npm ci --omit=dev && npm cache clean --force',
  'echo 안녕 "한글 $X" && printf \'%s\\n\' 세계',
  'a || b && c | d ; e',
  'if then',
  "echo 'open",
  'echo "open',
  'a &&',
  'a | ',
  '( a',
  '{ a',
  'echo $(a',
  'echo `a',
  'echo ${a',
  'cat <<EOF\nx',
  'fi',
  'a ;; b',
  ') a',
  'case x in a) b',
  'for i in 1; do',
  'while a; do b',
  'a=(1 2',
  '! ; a',
  'echo a >',
];

/** Shell syntax inserted by the seeded mutations. */
const SHELL_INSERTS = [
  ' ',
  '\n',
  ';',
  '&',
  '&&',
  '|',
  '||',
  '(',
  ')',
  '{ ',
  ' }',
  '"',
  "'",
  '`',
  '$',
  '$(',
  '${',
  '\\',
  '#',
  '<',
  '>',
  '2>&1',
  '<<EOF\nx\nEOF\n',
  '!',
  '*',
  '=',
  'if ',
  'then ',
  'fi',
  'do ',
  'done',
  'x',
  '안',
];

describe('shell parser vs mvdan-sh', () => {
  const dockerfiles = [...chapterDockerfiles(), ...exampleDockerfiles()];

  it('finds the corpus', () => {
    expect(chapterDockerfiles().length).toBeGreaterThanOrEqual(8);
    expect(exampleDockerfiles().length).toBeGreaterThanOrEqual(40);
    expect(dockerfiles.flatMap(runScripts).length).toBeGreaterThanOrEqual(30);
  });

  it('agrees on every RUN of the chapters and the rule examples, mapped into their Dockerfile', () => {
    const diffs = dockerfiles.flatMap((text) => runScripts(text).flatMap((code) => compare(code, text)));
    expect(diffs).toEqual([]);
  });

  it('agrees on the tricky scripts', () => {
    expect(TRICKY.flatMap((s) => compare(identity(s)))).toEqual([]);
  });

  it('agrees on seeded mutations of all of them (see allowedDisagreement)', () => {
    // Not `let`: we do not parse its arithmetic, so a mutation can end it elsewhere (`let a&=1`).
    const scripts = [...dockerfiles.flatMap(runScripts).map((l) => l.text), ...TRICKY.filter((s) => !s.startsWith('let '))];
    const cases = [...mutations(scripts, 7, 30, SHELL_INSERTS), ...mutations(scripts, 3, 30, SHELL_INSERTS)];
    expect(cases.flatMap((s) => compare(identity(s), s, true))).toEqual([]);
    // Most mutations still parse, and both parsers reject the same ones apart from the allowed cases.
    expect(cases.filter((s) => parseShell(identity(s), new LineIndex(s)).ok).length).toBeGreaterThan(cases.length / 3);
  }, 120_000); // mvdan-sh (GopherJS) over a few thousand mutations: about 30 s alone, longer on a loaded machine
});
