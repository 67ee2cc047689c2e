/**
 * `w7-grade [options] <file|dir|->...`: grades files and prints text, JSON or SARIF.
 * Exit 0: nothing unsuppressed at or above --fail-on; 1: such findings; 2: usage or input error.
 */
import {
  allMetas,
  failingCount,
  formatResult,
  grade,
  isValidPattern,
  matchesPattern,
  OUTPUT_FORMATS,
  splitPatterns,
  type GradeOptions,
  type GradeResult,
  type OutputFormat,
  type PssLevel,
  type Severity,
  type SourceFile,
} from '@w7/grader';
import { readInputs } from './inputs';
import { UsageError, type CliIO } from './io';
import { packageInfo } from './package-info';

export interface GradeArgs {
  format: OutputFormat;
  rules: string[];
  ignore: string[];
  pssLevel?: PssLevel;
  pssVersion?: string;
  failOn: Severity;
  color?: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
}

export const HELP = `사용법: w7-grade [옵션] <파일|디렉터리|->...
       npm run grade -- [옵션] <파일|디렉터리|->...

Dockerfile과 Kubernetes 매니페스트(YAML)의 보안 문제를 검사합니다.
디렉터리는 하위까지 훑어 Dockerfile, *.Dockerfile, *.yaml, *.yml 을 찾습니다
(node_modules 와 점(.)으로 시작하는 디렉터리는 건너뜁니다). '-' 는 표준 입력입니다.

옵션:
  --format text|json|sarif     출력 형식 (기본 text)
  --rules <패턴>               이 규칙만 실행 (예: 'pss/*', docker/user-root). 반복하거나 쉼표로 구분
  --ignore <패턴>              이 규칙의 결과를 무시됨으로 표시 (종료 코드에 세지 않음)
  --pss-level baseline|restricted
                               Namespace 라벨이 없을 때 적용할 Pod Security 수준 (기본 restricted)
  --pss-version v1.N|latest    Pod Security Standards 버전 (기본 latest)
  --fail-on error|warning|info 이 심각도 이상이 있으면 종료 코드 1 (기본 error)
  --color, --no-color          색상 사용 여부 (기본: 터미널이면 사용, NO_COLOR 존중)
  -h, --help                   이 도움말
  -V, --version                버전

종료 코드: 0 통과, 1 --fail-on 이상의 문제 발견, 2 사용법 또는 입력 오류
인라인 무시: '# w7-ignore <규칙> -- 이유' (다음 줄 또는 YAML 노드), '# w7-ignore-file <규칙>' (파일 전체)
`;

const VALUE_OPTIONS = ['--format', '--rules', '--ignore', '--pss-level', '--pss-version', '--fail-on'] as const;
const PSS_LEVELS: readonly string[] = ['baseline', 'restricted'];
const FAIL_ON: readonly string[] = ['error', 'warning', 'info'];

export function parseGradeArgs(argv: readonly string[]): GradeArgs {
  const args: GradeArgs = { format: 'text', rules: [], ignore: [], failOn: 'error', help: false, version: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(arg);
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      args.help = true;
      continue;
    }
    if (arg === '-V' || arg === '--version') {
      args.version = true;
      continue;
    }
    if (arg === '--color' || arg === '--no-color') {
      args.color = arg === '--color';
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) throw new UsageError(`알 수 없는 옵션입니다: ${name}`);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`${name} 옵션에 값이 필요합니다`);
      value = next;
      i++;
    }
    applyValue(args, name as (typeof VALUE_OPTIONS)[number], value);
  }
  return args;
}

function applyValue(args: GradeArgs, name: (typeof VALUE_OPTIONS)[number], value: string): void {
  const oneOf = (allowed: readonly string[]) => {
    if (!allowed.includes(value)) throw new UsageError(`${name} 값이 잘못되었습니다: '${value}' (가능한 값: ${allowed.join(', ')})`);
    return value;
  };
  switch (name) {
    case '--format':
      args.format = oneOf(OUTPUT_FORMATS) as OutputFormat;
      break;
    case '--fail-on':
      args.failOn = oneOf(FAIL_ON) as Severity;
      break;
    case '--pss-level':
      args.pssLevel = oneOf(PSS_LEVELS) as PssLevel;
      break;
    case '--pss-version':
      if (!/^(?:latest|v1\.\d{1,3})$/.test(value)) throw new UsageError(`--pss-version 값이 잘못되었습니다: '${value}' (예: v1.35, latest)`);
      args.pssVersion = value;
      break;
    case '--rules':
    case '--ignore': {
      const patterns = splitPatterns([value]);
      if (patterns.length === 0) throw new UsageError(`${name} 옵션에 규칙 패턴이 필요합니다`);
      for (const p of patterns) checkPattern(name, p);
      (name === '--rules' ? args.rules : args.ignore).push(...patterns);
      break;
    }
  }
}

function checkPattern(option: string, pattern: string): void {
  if (!isValidPattern(pattern)) throw new UsageError(`${option} 패턴에 쓸 수 없는 문자가 있습니다: '${pattern}'`);
  if (!allMetas.some((m) => matchesPattern(m.id, pattern))) {
    throw new UsageError(`${option} 패턴 '${pattern}'에 맞는 규칙이 없습니다 (규칙 id 예: docker/user-root, 'pss/*')`);
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseGradeArgs(argv);
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`${packageInfo().version}\n`);
    return 0;
  }
  if (args.inputs.length === 0) throw new UsageError('검사할 파일이나 디렉터리를 지정하세요 (도움말: --help)');
  const files = await readInputs(args.inputs, io);
  const options: GradeOptions = {};
  if (args.rules.length > 0) options.rules = args.rules;
  if (args.ignore.length > 0) options.ignore = args.ignore;
  if (args.pssLevel) options.pssLevel = args.pssLevel;
  if (args.pssVersion) options.pssVersion = args.pssVersion;
  const result = grade(files, options);
  io.stdout(render(result, files, args, io));
  return failingCount(result, args.failOn) > 0 ? 1 : 0;
}

function render(result: GradeResult, files: SourceFile[], args: GradeArgs, io: CliIO): string {
  if (args.format !== 'sarif') return formatResult(result, args.format, { sources: files, color: args.color ?? io.color });
  // SARIF locations must be relative to the repository root: report paths relative to the working directory.
  const rel = (name: string) => relativeToCwd(name, io.cwd);
  const relResult: GradeResult = { ...result, results: result.results.map((r) => ({ ...r, file: rel(r.file) })) };
  const relFiles = files.map((f) => ({ name: rel(f.name), text: f.text }));
  const info = packageInfo();
  const opts: { sources: SourceFile[]; toolVersion: string; informationUri?: string } = { sources: relFiles, toolVersion: info.version };
  if (info.homepage) opts.informationUri = info.homepage;
  return formatResult(relResult, 'sarif', opts);
}

function relativeToCwd(name: string, cwd: string): string {
  const slash = name.replace(/\\/g, '/');
  const base = `${cwd.replace(/\\/g, '/').replace(/\/$/, '')}/`;
  return slash.startsWith(base) ? slash.slice(base.length) : slash;
}
