/**
 * `w7-grade netpol [--format text|json] <file|dir|->...`: the NetworkPolicy truth table of the scenario
 * in the files (every source x destination x probed protocol/port). JSON is
 * `{"connections":[{"from":"ns/pod","to":"ns/pod","protocol":"TCP","port":8080,"allowed":true}, ...]}`;
 * text is one matrix per probe, followed by the netpol/* findings.
 * Exit 0: the table was printed; 2: usage or input error (also a table over MAX_CONNECTIONS).
 */
import {
  buildScenario,
  detectLanguage,
  formatMatrix,
  formatResult,
  grade,
  MAX_CONNECTIONS,
  MAX_YAML_LENGTH,
  parseYaml,
  truthTable,
  yamlDepthOffset,
  type K8sObject,
} from '@w7/grader';
import { readInputs } from './inputs';
import { UsageError, type CliIO } from './io';

export const HELP = `사용법: w7-grade netpol [옵션] <파일|디렉터리|->...

YAML의 Namespace, Pod와 워크로드(Deployment 등, 워크로드마다 Pod 하나), NetworkPolicy로
클러스터가 허용할 연결을 계산해 출발 x 도착 x 포트 진리표로 보여 줍니다.
포트는 선언된 containerPort 전부와 정책에 나온 포트 번호입니다. kube-system/kube-dns Pod가 없으면
암묵적인 kube-dns(UDP/TCP 53)를, 클러스터 밖 주소로 8.8.8.8과 ipBlock 양쪽의 주소를 씁니다.

옵션:
  --format text|json  출력 형식 (기본 text: 포트마다 행렬, '.' 허용, 'X' 차단)
  -h, --help          이 도움말

종료 코드: 0 출력함, 2 사용법 또는 입력 오류
`;

const FORMATS = ['text', 'json'] as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  let format: (typeof FORMATS)[number] = 'text';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      io.stdout(HELP);
      return 0;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined) throw new UsageError('--format 옵션에 값이 필요합니다');
      const f = FORMATS.find((x) => x === value);
      if (!f) throw new UsageError(`--format 값이 잘못되었습니다: '${value}' (가능한 값: ${FORMATS.join(', ')})`);
      format = f;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`알 수 없는 옵션입니다: ${arg} (도움말: netpol --help)`);
    inputs.push(arg);
  }
  if (inputs.length === 0) throw new UsageError('NetworkPolicy와 Pod가 있는 파일이나 디렉터리를 지정하세요 (도움말: netpol --help)');
  const files = (await readInputs(inputs, io)).filter((f) => detectLanguage(f.name, f.text) === 'yaml');
  const objects: K8sObject[] = [];
  for (const f of files) {
    if (f.text.length > MAX_YAML_LENGTH) throw new UsageError(`${f.name}: YAML 파일이 너무 큽니다 (${f.text.length}자, 한도 ${MAX_YAML_LENGTH}자)`);
    if (yamlDepthOffset(f.text) >= 0) throw new UsageError(`${f.name}: YAML 중첩이 너무 깊습니다`);
    const parsed = parseYaml(f.name, f.text);
    const bad = parsed.findings.find((x) => x.severity === 'error');
    if (bad) throw new UsageError(`${f.name}:${bad.line}:${bad.column}: ${bad.message}`);
    objects.push(...parsed.objects);
  }
  const scenario = buildScenario(objects);
  if (!scenario.pods.some((p) => !p.implicit)) {
    throw new UsageError(`Pod나 워크로드(Deployment, StatefulSet 등)가 없어 연결을 계산할 수 없습니다: ${inputs.join(', ')}`);
  }
  const table = truthTable(scenario);
  if (table.tooLarge) {
    throw new UsageError(
      `진리표가 너무 큽니다: 연결 ${table.total}개 (끝점 ${table.endpoints.length}개, 포트 ${table.probes.length}개, 한도 ${MAX_CONNECTIONS}개). 파일을 나누어 실행하세요`,
    );
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ connections: table.connections })}\n`);
    return 0;
  }
  const notes = [
    `Pod ${scenario.pods.length}개, NetworkPolicy ${scenario.policies.length}개, 연결 ${table.connections.length}개`,
    ...(scenario.dns.implicit ? [`${scenario.dns.id}: 입력에 DNS Pod가 없어 암묵적으로 추가한 kube-dns (UDP/TCP 53)`] : []),
    `클러스터 밖 주소: ${table.endpoints.filter((e) => !scenario.podsById.has(e)).join(', ')}`,
  ];
  const result = grade(files, { rules: ['netpol/*'] });
  const hasFindings = result.results.some((r) => r.findings.length > 0);
  io.stdout(
    notes.join('\n') +
      '\n\n' +
      formatMatrix(table) +
      (hasFindings
        ? `\n${formatResult({ ...result, results: result.results.filter((r) => r.findings.length > 0) }, 'text', { sources: files, color: io.color })}`
        : ''),
  );
  return 0;
}
