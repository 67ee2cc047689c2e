/**
 * Dockerfile model: stages, instructions with 1-based ranges, ENV/ARG pairs, USER values,
 * exec vs shell form, COPY/ADD sources and every RUN script parsed as shell.
 * Instruction boundaries, keywords, directives and heredocs come from `scan.ts` (dockerfile-ast's
 * reading, differentially tested against it); arguments are re-read the way BuildKit reads them.
 * Never throws: problems become positioned `parse/dockerfile-syntax` findings. The steps live beside it:
 * types.ts (the shapes), instructions.ts (reading one instruction), stages.ts (FROM, ARG expansion, aliases).
 */
import { findingFrom } from '../messages';
import { dockerfileSyntax } from '../rules/parse/dockerfile-syntax';
import { argLogical, FLAGS, readInstruction, readJsonArray, type ReadInstruction } from './instructions';
import { scanDockerfile } from './scan';
import { MAX_SCRIPT_LENGTH, MAX_SCRIPT_NODES, parseShell } from './shell';
import { makeStage } from './stages';
import { LineIndex, sliceLogical, sourceAt, sourceSpan, type Logical } from './text';
import type { DockerfileModel, Instruction, RunInstruction, SyntaxReporter } from './types';

export type * from './types';
export type { ShellCommand, ShellNode, ShellPipeline, ShellScript, ShellWord } from './shell';
export { commandsIn } from './shell';
export { expandArgs } from './stages';

const KNOWN = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);
const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Larger inputs are refused: a Dockerfile is a few KB; this keeps parsing time bounded. */
export const MAX_DOCKERFILE_LENGTH = 1_000_000;

export function normalizeText(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return noBom.replace(/\r\n?/g, '\n');
}

export function parseDockerfile(file: string, rawText: string): DockerfileModel {
  const text = normalizeText(rawText);
  const lines = new LineIndex(text);
  const model: DockerfileModel = { file, text, findings: [], instructions: [], runs: [], stages: [], globalArgs: [], finalStage: null, escape: '\\', lines };
  const syntax: SyntaxReporter = (range, messageId, data, severity) =>
    model.findings.push(findingFrom(dockerfileSyntax.meta, messageId, data, range, severity));

  const binary = text.search(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/);
  if (binary !== -1) {
    syntax(lines.range(binary, binary + 1), 'binary');
    return model;
  }
  if (text.length > MAX_DOCKERFILE_LENGTH) {
    syntax(lines.range(0, 1), 'tooLarge', { length: text.length, limit: MAX_DOCKERFILE_LENGTH });
    return model;
  }

  // Whitespace only: the engine reports parse/empty.
  if (text.trim() === '') return model;

  const scanned = scanDockerfile(text);
  const escape = scanned.escape;
  model.escape = escape;

  let stageIndex = -1;
  const aliases = new Map<string, number>();
  const globalArgValues = new Map<string, string | null>();
  const stageShell: string[][] = [];

  for (const node of scanned.instructions) {
    const read = readInstruction(node, text, lines, escape, stageIndex);
    const ins = read.ins;
    const kw = ins.keyword;
    if (!KNOWN.has(kw)) {
      syntax(ins.keywordRange, 'unknownInstruction', { instruction: node.instruction });
    }
    const allowed = FLAGS[kw];
    if (allowed) {
      for (const f of ins.flags) {
        if (!allowed.includes(f.name)) syntax(f.range, 'unknownFlag', { kw, name: f.name });
      }
    }
    checkArgCount(ins, syntax);

    if (ins.kind === 'from') {
      stageIndex++;
      ins.stage = stageIndex;
      const stage = makeStage(ins, stageIndex, aliases, globalArgValues, syntax);
      model.stages.push(stage);
      stageShell[stageIndex] = stage.baseStage !== null ? [...stageShell[stage.baseStage]] : ['/bin/sh', '-c'];
      model.instructions.push(ins);
      continue;
    }
    if (stageIndex === -1) {
      if (ins.kind === 'arg') {
        model.globalArgs.push(ins);
        for (const p of ins.pairs) globalArgValues.set(p.key, p.value);
      } else if (KNOWN.has(kw)) {
        syntax(ins.keywordRange, 'beforeFrom', { kw });
      }
    }
    if (kw === 'SHELL' && stageIndex >= 0) {
      const json = readJsonArray(argLogical(node, text, escape));
      if (json) stageShell[stageIndex] = json.map((j) => j.value);
      else syntax(ins.argsRange ?? ins.keywordRange, 'shellJson');
    }
    if (ins.kind === 'run') {
      const shellCmd = stageIndex >= 0 ? stageShell[stageIndex] : ['/bin/sh', '-c'];
      fillRun(ins, read, lines, shellCmd, syntax);
      model.runs.push(ins);
    }
    model.instructions.push(ins);
    if (stageIndex >= 0) {
      const stage = model.stages[stageIndex];
      stage.instructions.push(ins);
      if (ins.kind === 'user') stage.users.push(ins);
    }
  }

  if (model.stages.length === 0) {
    const first = model.instructions[0];
    syntax(first ? first.keywordRange : lines.range(0, 1), 'noFrom');
  } else {
    const last = model.stages[model.stages.length - 1];
    last.isFinal = true;
    model.finalStage = last;
  }
  model.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return model;
}

/** Instructions that need at least one argument. */
const AT_LEAST_ONE = new Set([
  'FROM',
  'RUN',
  'CMD',
  'ENTRYPOINT',
  'ENV',
  'ARG',
  'LABEL',
  'EXPOSE',
  'VOLUME',
  'ONBUILD',
  'HEALTHCHECK',
  'WORKDIR',
  'STOPSIGNAL',
  'MAINTAINER',
  'SHELL',
]);

function checkArgCount(ins: Instruction, syntax: SyntaxReporter) {
  const n = ins.args.length;
  const kw = ins.keyword;
  const at = ins.keywordRange;
  if (ins.kind === 'run' || ins.kind === 'cmd' || ins.kind === 'entrypoint') {
    // Exec form `[]` is valid JSON but runs nothing; BuildKit accepts an empty CMD/ENTRYPOINT.
    if (ins.argsRange === null) syntax(at, 'needsArgument', { kw });
    return;
  }
  if (AT_LEAST_ONE.has(kw) && ins.argsRange === null) {
    syntax(at, 'needsArgument', { kw });
    return;
  }
  if (ins.kind === 'user') {
    if (n === 0) syntax(at, 'userMissing');
    else if (/\s/.test(ins.value)) {
      syntax(ins.valueRange, 'userWhitespace', { value: ins.value });
    }
  }
  if ((kw === 'COPY' || kw === 'ADD') && n < 2) {
    syntax(ins.argsRange ?? at, 'needsTwoArguments', { kw });
  }
  if (ins.kind === 'env' || ins.kind === 'arg') {
    for (const p of ins.pairs) {
      if (!p.key) syntax(p.range, 'blankName', { kw });
    }
    if (ins.kind === 'env' && ins.pairs.length) {
      const legacy = ins.pairs.length === 1 && !ins.args[0].raw.includes('=');
      if (legacy && ins.pairs[0].value === null) syntax(ins.pairs[0].range, 'envNoValue', { key: ins.pairs[0].key });
      if (!legacy) {
        for (const p of ins.pairs) {
          if (p.value === null) syntax(p.range, 'envNoEquals', { key: p.key });
        }
      }
    }
  }
  if (kw === 'HEALTHCHECK' && n > 0) {
    const typ = ins.args[0].value.toUpperCase();
    if (typ !== 'CMD' && typ !== 'NONE') syntax(ins.args[0].range, 'healthcheckType', { value: ins.args[0].value });
  }
}

function fillRun(ins: RunInstruction, read: ReadInstruction, lines: LineIndex, shellCmd: string[], syntax: SyntaxReporter) {
  const { l, head, tokens } = read;
  // Script text starts after the flags.
  const firstArg = tokens.find((t) => !(t.raw.startsWith('--') && t.raw.length > 2));
  const scriptStart = firstArg ? firstArg.start : head.text.length;

  let code: Logical | null = null;
  if (ins.form === 'exec') {
    const json = readJsonArray(sliceLogical(head, scriptStart, head.text.length));
    if (!json || json.length === 0) return;
    const rest = sliceLogical(head, scriptStart, head.text.length);
    const name = json[0].value;
    const words = json.map((j) => {
      const [s, e] = sourceSpan(rest, j.start, j.end);
      return { raw: j.raw, value: j.value as string | null, text: j.value, range: lines.range(s, e) };
    });
    const base = name.split('/').pop() ?? name;
    if (POSIX_SHELLS.has(base) && json.length >= 3 && json[1].value === '-c') {
      const script = json[2];
      code = { text: script.value, map: script.map.map((m) => sourceAt(rest, m)), ends: script.last.map((m) => sourceAt(rest, m) + 1) };
    } else {
      ins.commands = [{ name, args: words.slice(1), words, range: ins.argsRange ?? ins.keywordRange }];
      return;
    }
  } else {
    const shellName =
      (shellCmd[0] ?? '')
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.exe$/i, '') ?? '';
    if (!POSIX_SHELLS.has(shellName)) return;
    const full = sliceLogical(l, scriptStart, l.text.length);
    const only = /^<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[ \t]*\n/.exec(full.text);
    if (only) {
      // `RUN <<EOF` alone: the heredoc body is the script.
      ins.heredoc = true;
      const bodyStart = only[0].length;
      const delim = new RegExp(`^${only[1] ? '\\t*' : ''}${only[3]}$`, 'm');
      const rest = full.text.slice(bodyStart);
      const m = delim.exec(rest);
      const bodyEnd = m ? bodyStart + m.index : full.text.length;
      code = sliceLogical(full, bodyStart, bodyEnd);
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(code.text);
      if (shebang) {
        const interp = (shebang[1].endsWith('/env') ? (shebang[2] ?? '') : shebang[1]).split('/').pop() ?? '';
        if (!POSIX_SHELLS.has(interp)) return;
      }
    } else {
      code = full;
    }
  }
  const res = parseShell(code, lines);
  if (res.ok) {
    ins.script = res.script;
    ins.commands = res.script.commands;
    ins.pipelines = res.script.pipelines;
  } else if (res.tooLarge) {
    syntax(ins.keywordRange, 'runTooLarge', { maxLength: MAX_SCRIPT_LENGTH, maxNodes: MAX_SCRIPT_NODES, message: res.message }, 'warning');
  } else {
    const p = lines.pos(res.offset);
    syntax(ins.keywordRange, 'runSyntax', { line: p.line, column: p.column, message: res.message });
  }
}
