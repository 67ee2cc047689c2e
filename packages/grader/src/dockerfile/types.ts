/** The Dockerfile model's shapes: words, flags, instructions, stages and the model itself. Types only. */
import type { Finding, MessageData, Range } from '../types';
import type { ShellCommand, ShellPipeline, ShellScript } from './shell';
import type { LineIndex } from './text';

export interface Word {
  /** As written (quotes kept). */
  raw: string;
  /** Quotes removed and escapes applied; `$VAR` references kept as written. */
  value: string;
  /** Contains a `$` expansion. */
  dynamic: boolean;
  range: Range;
}

/** `--name=value` before the arguments (RUN --mount=..., COPY --from=..., FROM --platform=...). */
export interface Flag {
  name: string;
  /** null for a bare `--link`. */
  value: string | null;
  range: Range;
}

export interface KeyValue {
  key: string;
  /** Unquoted value; null when none was given (`ARG NAME`). */
  value: string | null;
  /** The value contains a `$` expansion. */
  dynamic: boolean;
  keyRange: Range;
  valueRange: Range | null;
  /** The whole `key=value` (or `key value`) pair. */
  range: Range;
}

interface InstructionBase {
  /** Upper-case keyword (`RUN`), also for unknown instructions. */
  keyword: string;
  range: Range;
  keywordRange: Range;
  /** Range of everything after the keyword (flags included), null when there is nothing. */
  argsRange: Range | null;
  /** Whitespace-separated arguments after the flags (for exec form: the JSON strings). */
  args: Word[];
  flags: Flag[];
  /** Index of the stage this instruction belongs to; -1 before the first FROM. */
  stage: number;
}

export interface FromInstruction extends InstructionBase {
  kind: 'from';
}

export interface RunInstruction extends InstructionBase {
  kind: 'run';
  form: 'exec' | 'shell';
  /** The body is a heredoc (`RUN <<EOF`). */
  heredoc: boolean;
  /** The parsed shell script (shell form, heredoc, or exec form `["sh", "-c", "..."]`), null when there is none or it did not parse. */
  script: ShellScript | null;
  /** Every simple command that runs: from the script, or the exec-form command itself. */
  commands: ShellCommand[];
  pipelines: ShellPipeline[];
}

export interface EnvInstruction extends InstructionBase {
  kind: 'env' | 'arg';
  pairs: KeyValue[];
}

export interface UserInstruction extends InstructionBase {
  kind: 'user';
  /** User part (`appuser`, `1000`), unquoted; '' when missing. */
  user: string;
  /** Group part after ':' or null. */
  group: string | null;
  /** The whole value as BuildKit stores it (everything after USER, quotes removed). */
  value: string;
  /** Range of the whole value (`1000:1000`). */
  valueRange: Range;
}

export interface CommandInstruction extends InstructionBase {
  kind: 'cmd' | 'entrypoint';
  form: 'exec' | 'shell';
}

export interface CopyInstruction extends InstructionBase {
  kind: 'copy' | 'add';
  form: 'exec' | 'shell';
  /** Sources (every argument but the last); heredoc sources (`<<EOF`) are left out. */
  sources: Word[];
  dest: Word | null;
}

export interface OtherInstruction extends InstructionBase {
  kind: 'other';
}

export type Instruction = FromInstruction | RunInstruction | EnvInstruction | UserInstruction | CommandInstruction | CopyInstruction | OtherInstruction;

export interface Stage {
  index: number;
  from: FromInstruction;
  /** The image argument as written (`node:24-alpine`, `${BASE}`, `build`). */
  image: string;
  /** After expanding global ARG defaults; null when an ARG has no known value. */
  resolvedImage: string | null;
  /** Repository with registry, without tag or digest (of `resolvedImage`, else of `image`). */
  imageName: string;
  tag: string | null;
  digest: string | null;
  imageRange: Range;
  /** `AS name`, lower-cased as BuildKit does. */
  alias: string | null;
  aliasRange: Range | null;
  platform: string | null;
  /** Index of an earlier stage whose alias this FROM names. */
  baseStage: number | null;
  /** The image contains an ARG reference. */
  argExpanded: boolean;
  isFinal: boolean;
  /** Instructions after FROM, in order. */
  instructions: Instruction[];
  users: UserInstruction[];
}

export interface DockerfileModel {
  file: string;
  /** BOM-stripped text with CRLF/CR turned into LF (lines and columns are those of the original). */
  text: string;
  /** parse/* findings */
  findings: Finding[];
  instructions: Instruction[];
  /** The RUN instructions of `instructions`, in file order. */
  runs: RunInstruction[];
  stages: Stage[];
  /** ARG instructions before the first FROM. */
  globalArgs: EnvInstruction[];
  /** The final stage (the image that is built), null without FROM. */
  finalStage: Stage | null;
  escape: string;
  /** Range helper over `text`: 0-based offsets to 1-based ranges. */
  lines: LineIndex;
}

/** How the reading steps report a syntax problem: a message id of parse/dockerfile-syntax and its data. */
export type SyntaxReporter = (range: Range, messageId: string, data?: MessageData, severity?: 'error' | 'warning') => void;
