/**
 * `w7-grade lab <id> [--format text|json] <file>...`: grades submitted files against a lab's objectives.
 * A one-file lab takes any one file; a lab with several files matches them by base name.
 * Exit 0 when every objective passes, 1 when one fails, 2 on usage errors.
 */
import { gradeLab, matchLabFiles } from '../exercises/grade';
import { getLab, labs } from '../exercises/index';
import type { LabResult } from '../exercises/types';
import { readInputs, UsageError, type CliIO } from '@w7/grader/cli';

export const LAB_HELP = `사용법: w7-grade lab <실습 id> [옵션] <파일>...

실습의 목표마다 통과/실패와 그 이유를 출력합니다. 파일이 하나인 실습은 이름과 상관없이 파일 하나를 받고,
파일이 여럿인 실습은 파일 이름(경로를 뺀 이름)으로 맞춥니다.

옵션:
  --format text|json   출력 형식 (기본 text)
  --color, --no-color  색 사용 여부 (기본: 터미널이면 사용)
  -h, --help           도움말

종료 코드: 0 모든 목표 통과, 1 실패한 목표가 있음, 2 사용법이나 입력 오류

실습:
${labs.map((l) => `  ${l.id.padEnd(22)} ${l.files.map((f) => f.name).join(', ')}`).join('\n')}
`;

interface LabArgs {
  id?: string;
  format: 'text' | 'json';
  color?: boolean;
  help: boolean;
  inputs: string[];
}

function parseArgs(argv: string[]): LabArgs {
  const args: LabArgs = { format: 'text', help: false, inputs: [] };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) positional.push(arg);
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--color' || arg === '--no-color') args.color = arg === '--color';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined) throw new UsageError('--format 옵션에 값이 필요합니다');
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format 값이 잘못되었습니다: '${value}' (가능한 값: text, json)`);
      args.format = value;
    } else throw new UsageError(`알 수 없는 옵션입니다: ${arg.split('=')[0]}`);
  }
  [args.id, ...args.inputs] = positional;
  if (args.id === undefined) args.inputs = [];
  return args;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout(LAB_HELP);
    return 0;
  }
  if (args.id === undefined) throw new UsageError('실습 id를 지정하세요 (목록: w7-grade lab --help)');
  const lab = getLab(args.id);
  if (!lab) throw new UsageError(`알 수 없는 실습입니다: ${args.id} (가능한 id: ${labs.map((l) => l.id).join(', ')})`);
  if (args.inputs.length === 0) throw new UsageError(`채점할 파일을 지정하세요 (실습 ${lab.id}의 파일: ${lab.files.map((f) => f.name).join(', ')})`);
  const given = await readInputs(args.inputs, io);
  const matched = matchLabFiles(lab, given);
  if (!matched.ok) throw new UsageError(matched.error);
  const result = gradeLab(lab, matched.files);
  // Positions are shown under the names the files were given by.
  const shownName = new Map(matched.files.map((f, i) => [f.name, matched.given[i]!] as const));
  io.stdout(args.format === 'json' ? formatJson(result) : formatText(result, lab.title, shownName, args.color ?? io.color));
  return result.complete ? 0 : 1;
}

export function formatJson(r: LabResult): string {
  return `${JSON.stringify({ lab: r.lab, complete: r.complete, objectives: r.objectives.map((o) => ({ id: o.id, title: o.title, pass: o.pass, reason: o.reason })) })}\n`;
}

export function formatText(r: LabResult, title: string, shownName: ReadonlyMap<string, string>, color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines = [`실습 ${r.lab}: ${title}`, ''];
  for (const o of r.objectives) {
    lines.push(`${o.pass ? paint('32', '✔ 통과') : paint('31', '✖ 실패')}  ${o.title}  ${paint('2', `[${o.id}]`)}`);
    const where = o.file !== undefined ? `${shownName.get(o.file) ?? o.file}${o.range ? `:${o.range.line}:${o.range.column}` : ''}  ` : '';
    lines.push(`    ${where}${o.reason}`);
  }
  const passed = r.objectives.filter((o) => o.pass).length;
  lines.push('', r.complete ? paint('32', `✔ 완료: 목표 ${passed}개 모두 통과`) : paint('31', `✖ 미완료: 목표 ${r.objectives.length}개 중 ${passed}개 통과`));
  return `${lines.join('\n')}\n`;
}
