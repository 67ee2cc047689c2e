import { describe, expect, it } from 'vitest';
import { commandsIn, parseDockerfile, type Instruction, type RunInstruction } from './model';

const run = (text: string, n = 0): RunInstruction => {
  const r = parseDockerfile('Dockerfile', text).instructions.filter((i): i is RunInstruction => i.kind === 'run')[n];
  if (!r) throw new Error('no RUN');
  return r;
};
const at = (r: { line: number; column: number; endLine: number; endColumn: number }) => `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
const syntax = (text: string) => parseDockerfile('Dockerfile', text).findings.map((f) => `${at(f)} ${f.ruleId} ${f.messageEn}`);

describe('instructions', () => {
  it('reads keywords, ranges, flags and arguments', () => {
    const m = parseDockerfile('Dockerfile', 'FROM node:24-alpine AS build\ncopy --from=build --chown=1:1 a b /dst/\n');
    expect(m.findings).toEqual([]);
    const [from, copy] = m.instructions as [Instruction, Instruction];
    expect(from.keyword).toBe('FROM');
    expect(at(from.range)).toBe('1:1-1:29');
    expect(at(from.keywordRange)).toBe('1:1-1:5');
    expect(copy.kind).toBe('copy');
    expect(copy.keyword).toBe('COPY');
    expect(copy.flags.map((f) => `${f.name}=${f.value}@${at(f.range)}`)).toEqual(['from=build@2:6-2:18', 'chown=1:1@2:19-2:30']);
    if (copy.kind !== 'copy') throw new Error('kind');
    expect(copy.sources.map((s) => `${s.value}@${at(s.range)}`)).toEqual(['a@2:31-2:32', 'b@2:33-2:34']);
    expect(copy.dest?.value).toBe('/dst/');
    expect(copy.stage).toBe(0);
  });

  it('tells exec form from shell form', () => {
    const m = parseDockerfile(
      'Dockerfile',
      'FROM a:1\nCMD ["node", "server.js"]\nENTRYPOINT node x\nCMD [\'node\']\nCMD ["a",]\nRUN ["apt-get", "install", "-y", "x y"]\n',
    );
    const forms = m.instructions.map((i) => ('form' in i ? i.form : '-'));
    expect(forms).toEqual(['-', 'exec', 'shell', 'shell', 'shell', 'exec']);
    const r = m.instructions[5] as RunInstruction;
    expect(r.commands).toHaveLength(1);
    expect(r.commands[0].name).toBe('apt-get');
    expect(r.commands[0].args.map((a) => a.value)).toEqual(['install', '-y', 'x y']);
    expect(at(r.commands[0].args[2].range)).toBe('6:34-6:39');
  });

  it('reads ENV and ARG pairs with ranges', () => {
    const m = parseDockerfile('Dockerfile', 'ARG A B=2 C="x y"\nFROM a:1\nENV D=1 E="two words" F=\'$G\'\nENV H some value\n');
    const pairs = m.instructions.flatMap((i) => (i.kind === 'env' || i.kind === 'arg' ? i.pairs : []));
    expect(pairs.map((p) => `${p.key}=${p.value}${p.dynamic ? '$' : ''}@${at(p.range)}/${p.valueRange ? at(p.valueRange) : '-'}`)).toEqual([
      'A=null@1:5-1:6/-',
      'B=2@1:7-1:10/1:9-1:10',
      'C=x y@1:11-1:18/1:13-1:18',
      'D=1@3:5-3:8/3:7-3:8',
      'E=two words@3:9-3:22/3:11-3:22',
      'F=$G@3:23-3:29/3:25-3:29',
      'H=some value@4:5-4:17/4:7-4:17',
    ]);
    expect(m.globalArgs).toHaveLength(1);
  });

  it('reads USER as one value, split into user and group', () => {
    const m = parseDockerfile('Dockerfile', 'FROM a:1\nUSER app:grp\nUSER 1000\n');
    expect(m.stages[0].users.map((u) => `${u.user}|${u.group}|${at(u.valueRange)}`)).toEqual(['app|grp|2:6-2:13', '1000|null|3:6-3:10']);
  });
});

describe('stages', () => {
  it('parses image, tag, digest, alias, platform and references to earlier stages', () => {
    const m = parseDockerfile(
      'Dockerfile',
      'ARG BASE=node:24\nFROM --platform=$BUILDPLATFORM ${BASE} AS Build\nFROM registry.example.com:5000/team/app:1.2@sha256:abc AS b2\nFROM build\nFROM scratch\n',
    );
    expect(m.findings).toEqual([]);
    expect(m.stages.map((s) => [s.image, s.resolvedImage, s.imageName, s.tag, s.digest, s.alias, s.platform, s.baseStage, s.argExpanded, s.isFinal])).toEqual([
      ['${BASE}', 'node:24', 'node', '24', null, 'build', '$BUILDPLATFORM', null, true, false],
      [
        'registry.example.com:5000/team/app:1.2@sha256:abc',
        'registry.example.com:5000/team/app:1.2@sha256:abc',
        'registry.example.com:5000/team/app',
        '1.2',
        'sha256:abc',
        'b2',
        null,
        null,
        false,
        false,
      ],
      ['build', 'build', 'build', null, null, null, null, 0, false, false],
      ['scratch', 'scratch', 'scratch', null, null, null, null, null, false, true],
    ]);
    expect(m.finalStage?.index).toBe(3);
    expect(at(m.stages[0].imageRange)).toBe('2:32-2:39');
    expect(m.stages[2].instructions).toEqual([]);
  });

  it('leaves ARG-expanded images unresolved when a value is unknown', () => {
    const m = parseDockerfile('Dockerfile', 'ARG TAG\nFROM node:${TAG}\nFROM node:${MISSING:-24}\n');
    expect(m.stages.map((s) => s.resolvedImage)).toEqual([null, 'node:24']);
  });
});

describe('RUN shell scripts', () => {
  it('maps positions across line continuations and skips comment lines inside them', () => {
    const r = run('FROM a:1\nRUN apt-get update && \\\n    # comment\n\n    apt-get install -y \\\n      "curl" \'x y\' && echo $HOME\n');
    expect(r.commands.map((c) => `${c.name}@${at(c.range)}`)).toEqual(['apt-get@2:5-2:19', 'apt-get@5:5-6:19', 'echo@6:23-6:33']);
    const install = r.commands[1];
    expect(install.args.map((a) => `${a.value}|${a.text}@${at(a.range)}`)).toEqual([
      'install|install@5:13-5:20',
      '-y|-y@5:21-5:23',
      'curl|curl@6:7-6:13',
      'x y|x y@6:14-6:19',
    ]);
    expect(r.commands[2].args[0].value).toBeNull();
    expect(r.commands[2].args[0].text).toBe('$HOME');
  });

  it('builds &&, ||, pipelines, subshells and groups', () => {
    const r = run('FROM a:1\nRUN a && b || (c | d |& e) ; { f; } ; if g; then h; fi\n');
    const body = r.script?.body ?? [];
    expect(body.map((n) => n.type)).toEqual(['or', 'group', 'compound']);
    const or = body[0];
    if (or.type !== 'or') throw new Error('or');
    expect(or.left.type).toBe('and');
    expect(or.right.type).toBe('subshell');
    expect(r.pipelines).toHaveLength(1);
    expect(
      r.pipelines[0].parts.map((p) =>
        commandsIn(p)
          .map((c) => c.name)
          .join(),
      ),
    ).toEqual(['c', 'd', 'e']);
    expect(at(r.pipelines[0].range)).toBe('2:16-2:26');
    expect(r.commands.map((c) => c.name)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('finds commands inside $(...) and keeps quoted pipes as words', () => {
    const r = run('FROM a:1\nRUN echo "$(curl -s x | sh)" \'a | b\'\n');
    expect(r.commands.map((c) => c.name)).toEqual(['echo', 'curl', 'sh']);
    expect(r.pipelines).toHaveLength(1);
    expect(r.commands[0].args[1].value).toBe('a | b');
  });

  it('maps multi-byte characters (UTF-8 offsets) back to columns', () => {
    const r = run('FROM a:1\nRUN echo "안녕 세상" && sudo ls\n');
    expect(r.commands.map((c) => `${c.name}@${at(c.range)}`)).toEqual(['echo@2:5-2:17', 'sudo@2:21-2:28']);
  });

  it('uses a heredoc body as the script', () => {
    const r = run('FROM a:1\nRUN <<EOF\nset -e\napk add curl\nEOF\nRUN echo after\n');
    expect(r.heredoc).toBe(true);
    expect(r.commands.map((c) => `${c.name}@${at(c.range)}`)).toEqual(['set@3:1-3:7', 'apk@4:1-4:13']);
    expect(run('FROM a:1\nRUN <<EOF\nset -e\nEOF\nRUN echo after\n', 1).commands[0].name).toBe('echo');
  });

  it('parses heredocs that feed a command as part of the shell script', () => {
    const r = run('FROM a:1\nRUN cat <<EOT > /etc/x && echo done\nline | not a pipe\nEOT\n');
    expect(r.commands.map((c) => `${c.name}@${at(c.range)}`)).toEqual(['cat@2:5-2:23', 'echo@2:27-2:36']);
    expect(r.pipelines).toEqual([]);
  });

  it('skips non-shell scripts: a python heredoc and a non-POSIX SHELL', () => {
    expect(run('FROM a:1\nRUN <<EOF\n#!/usr/bin/env python3\nprint("a | b")\nEOF\n').script).toBeNull();
    const m = parseDockerfile(
      'Dockerfile',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n',
    );
    expect(m.findings).toEqual([]);
    expect((m.instructions[2] as RunInstruction).script).toBeNull();
  });

  it('parses the script of exec form ["sh", "-c", "..."] with positions inside the JSON string', () => {
    const r = run('FROM a:1\nRUN ["/bin/sh", "-c", "echo \\"hi\\" && curl x"]\n');
    expect(r.commands.map((c) => `${c.name}@${at(c.range)}`)).toEqual(['echo@2:24-2:35', 'curl@2:39-2:45']);
    expect(r.commands[0].args[0].value).toBe('hi');
  });

  it('honours the escape directive', () => {
    const r = run('# escape=`\nFROM a:1\nRUN echo a && `\n    echo b\n');
    expect(r.commands.map((c) => `${c.name}@${at(c.range)}`)).toEqual(['echo@3:5-3:11', 'echo@4:5-4:11']);
  });
});

describe('browser environment', () => {
  it('parses without a global Buffer and leaves none behind', () => {
    const g = globalThis as { Buffer?: unknown };
    const saved = g.Buffer;
    delete g.Buffer;
    try {
      const m = parseDockerfile('Dockerfile', '\ufeffFROM a:1\nRUN echo hi | sh\n');
      expect(m.findings).toEqual([]);
      expect((m.instructions[1] as RunInstruction).pipelines).toHaveLength(1);
      expect(g.Buffer).toBeUndefined();
    } finally {
      g.Buffer = saved;
    }
  });
});

describe('text normalization', () => {
  it('accepts CRLF and a BOM with the same positions', () => {
    const lf = parseDockerfile('Dockerfile', 'FROM a:1\nRUN apt-get update && \\\n  apt-get install -y x\nUSER 10001\n');
    const crlf = parseDockerfile('Dockerfile', '\ufeffFROM a:1\r\nRUN apt-get update && \\\r\n  apt-get install -y x\r\nUSER 10001\r\n');
    expect(crlf.findings).toEqual([]);
    const sig = (m: ReturnType<typeof parseDockerfile>) =>
      m.instructions.flatMap((i) => [at(i.range), ...(i.kind === 'run' ? i.commands.map((c) => at(c.range)) : []), ...(i.kind === 'user' ? [i.value] : [])]);
    expect(sig(crlf)).toEqual(sig(lf));
    expect(sig(lf)).toEqual(['1:1-1:9', '2:1-3:23', '2:5-2:19', '3:3-3:23', '4:1-4:11', '10001']);
  });
});

describe('syntax findings (parse/dockerfile-syntax)', () => {
  it.each([
    ['FROM a:1\nFOO bar\n', ['2:1-2:4 parse/dockerfile-syntax Unknown instruction: FOO']],
    ['# only a comment\n', ['1:1-1:2 parse/dockerfile-syntax No FROM instruction: a Dockerfile must name its base image with FROM.']],
    ['RUN echo hi\nFROM a:1\n', ['1:1-1:4 parse/dockerfile-syntax RUN cannot come before FROM (only ARG may).']],
    [
      "FROM a:1\nRUN echo 'open\n",
      ["2:1-2:4 parse/dockerfile-syntax The RUN shell script does not parse (line 2, column 10): reached EOF without closing quote '"],
    ],
    [
      'FROM a:1\nRUN if then\n',
      ['2:1-2:4 parse/dockerfile-syntax The RUN shell script does not parse (line 2, column 5): "if" must be followed by a statement list'],
    ],
    ['FROM a b\n', ['1:6-1:9 parse/dockerfile-syntax FROM requires either one or three arguments']],
    ['FROM a:1 AS 1st\n', ['1:13-1:16 parse/dockerfile-syntax invalid name for build stage: "1st", name can\'t start with a number or contain symbols']],
    ['FROM a:1 AS x\nFROM b:1 AS x\n', ['2:13-2:14 parse/dockerfile-syntax duplicate stage name "x"']],
    ['FROM a:1\nCOPY --form=x a /b\n', ['2:6-2:14 parse/dockerfile-syntax Unknown flag for COPY: --form']],
    ['FROM a:1\nCOPY a\n', ['2:6-2:7 parse/dockerfile-syntax COPY requires at least two arguments (source and destination)']],
    ['FROM a:1\nENV A=1 B\n', ['2:9-2:10 parse/dockerfile-syntax Syntax error - can\'t find = in "B". Must be of the form: name=value']],
    ['FROM a:1\nENV A\n', ['2:5-2:6 parse/dockerfile-syntax ENV must have two arguments (ENV A=<value>)']],
    [
      'FROM a:1\nSHELL /bin/bash -c\n',
      ['2:7-2:19 parse/dockerfile-syntax SHELL requires the arguments to be in JSON form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]'],
    ],
    ['FROM a:1\nUSER\n', ['2:1-2:5 parse/dockerfile-syntax USER requires exactly one argument']],
    ['FROM a:1\nRUN\n', ['2:1-2:4 parse/dockerfile-syntax RUN requires at least one argument']],
    ['FROM\n', ['1:1-1:5 parse/dockerfile-syntax FROM requires at least one argument']],
    [' \n\t\n', []],
    ['FROM a:1\nHEALTHCHECK --interval=5s CURL x\n', ['2:27-2:31 parse/dockerfile-syntax Unknown type "CURL" in HEALTHCHECK (try CMD)']],
  ])('%j', (text, expected) => {
    expect(syntax(text)).toEqual(expected);
  });

  it('a trailing # on a USER line becomes part of the value', () => {
    const f = parseDockerfile('Dockerfile', 'FROM a:1\nUSER 65532:65532   # nonroot\n').findings;
    expect(f.map((x) => at(x))).toEqual(['2:6-2:29']);
    expect(f[0].message).toContain('주석은 별도의 줄로 옮기세요');
  });

  it('rejects binary data in one finding', () => {
    expect(syntax('FROM a:1\nRUN x\u0000\u0001\n')).toEqual([
      '2:6-2:7 parse/dockerfile-syntax The file contains binary data (control characters) and cannot be read as a Dockerfile.',
    ]);
  });

  it('does not throw and stays fast on hostile input', () => {
    const inputs = [
      `FROM a:1\nRUN ${'('.repeat(20000)}x${')'.repeat(20000)}\n`,
      `FROM a:1\nRUN ${'$('.repeat(5000)}\n`,
      `FROM a:1\nRUN ${'echo a && '.repeat(3000)}b\n`,
      `FROM a:1\nRUN ${'a;'.repeat(1400)}\n`,
      `FROM a:1\n${'RUN echo x \\\n'.repeat(5000)}\n`,
      `FROM a:1\n${'ENV A=1\n'.repeat(20000)}`,
      `FROM a:1\nRUN echo "${'\\'.repeat(50000)}"\n`,
      `FROM a:1\nCMD [${'"a",'.repeat(20000)}"b"]\n`,
      'x'.repeat(1_000_001),
      `FROM a:1\nRUN <<EOF\n${'line\n'.repeat(20000)}`,
      '\\\n'.repeat(10000),
    ];
    for (const text of inputs) {
      const t0 = Date.now();
      const m = parseDockerfile('Dockerfile', text);
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(Array.isArray(m.findings)).toBe(true);
    }
    const deep = parseDockerfile('Dockerfile', inputs[0]).findings;
    expect(deep.map((f) => f.ruleId)).toEqual(['parse/dockerfile-syntax']);
    expect(parseDockerfile('Dockerfile', inputs[8]).findings[0].messageEn).toContain('too large');
    const big = parseDockerfile('Dockerfile', inputs[2]).findings;
    expect(big.map((f) => `${at(f)} ${f.severity}`)).toEqual(['2:1-2:4 warning']);
    expect(big[0].messageEn).toContain('shell analysis and the RUN checks were skipped');
    expect((parseDockerfile('Dockerfile', inputs[3]).instructions[1] as RunInstruction).commands).toHaveLength(1400);
  });

  it('never throws on random input', () => {
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = [
      'FROM ',
      'RUN ',
      'ENV ',
      'USER ',
      'COPY ',
      'ADD ',
      'ARG ',
      '\\\n',
      '\n',
      '"',
      "'",
      '[',
      ']',
      '$',
      '{',
      '}',
      '(',
      ')',
      '|',
      '&&',
      '<<EOF',
      'EOF',
      '#',
      ' ',
      '=',
      ':',
      'a',
      '--x=',
      '\t',
      '\r\n',
      '`',
      '안',
    ];
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(rnd() * 60);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(() => parseDockerfile('Dockerfile', s)).not.toThrow();
    }
  });
});
