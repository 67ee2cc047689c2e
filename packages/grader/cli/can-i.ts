/**
 * `w7-grade can-i <verb> <type>[.<group>][/<name>] [--subresource <sub>] --as <user> [--as-group <group>]...
 * [-n <ns> | -A] -f <file>...` and `can-i --list ...`: `kubectl auth can-i` against the RBAC objects of files.
 * Exit 0: yes (or --list); 1: no; 2: usage or input error.
 */
import {
  canI,
  DEFAULT_NAMESPACE,
  findResource,
  listFor,
  parseYaml,
  rbacPolicy,
  userInfo,
  type AccessRequest,
  type Grant,
  type K8sObject,
  type SourceFile,
} from '@w7/grader';
import { readInputs } from './inputs';
import { UsageError, type CliIO } from './io';

export const HELP = `사용법: w7-grade can-i <동사> <타입>[.<그룹>][/<이름>] --as <사용자> -f <파일>... [옵션]
       w7-grade can-i <동사> <비리소스 URL> --as <사용자> -f <파일>...
       w7-grade can-i --list --as <사용자> -f <파일>... [-n <네임스페이스>]

파일의 Role, ClusterRole, RoleBinding, ClusterRoleBinding으로 kubectl auth can-i 처럼 권한을 확인합니다.
허용이면 yes(종료 코드 0), 거부면 no(종료 코드 1)를 출력합니다.

예:
  w7-grade can-i create deployments --as developer-user -n production -f rbac/
  w7-grade can-i get secrets/db --as system:serviceaccount:production:app -n production -f rbac.yaml
  w7-grade can-i create pods --subresource exec --as alice --as-group ops-team -n production -f rbac.yaml
  w7-grade can-i get /healthz --as alice -f rbac.yaml

옵션:
  -f, --filename <파일|디렉터리|->  RBAC 객체가 있는 YAML (반복 가능, 필수)
  --as <사용자>                    확인할 사용자. ServiceAccount는 system:serviceaccount:<ns>:<이름>
  --as-group <그룹>                사용자의 그룹 (반복 가능)
  -n, --namespace <ns>             네임스페이스 (기본 default)
  -A, --all-namespaces             모든 네임스페이스 (ClusterRoleBinding만 봅니다)
  --subresource <이름>             subresource (예: exec, log, scale)
  --list                           이 사용자가 할 수 있는 일을 모두 나열
  -h, --help                       이 도움말

종료 코드: 0 yes(또는 --list), 1 no, 2 사용법 또는 입력 오류
`;

export interface CanIArgs {
  verb?: string;
  target?: string;
  subresource?: string;
  as?: string;
  groups: string[];
  namespace?: string;
  allNamespaces: boolean;
  files: string[];
  list: boolean;
  help: boolean;
}

const VALUE_OPTIONS: Record<string, string> = {
  '--subresource': 'subresource',
  '--as': 'as',
  '--as-group': 'group',
  '-n': 'namespace',
  '--namespace': 'namespace',
  '-f': 'file',
  '--filename': 'file',
};

export function parseCanIArgs(argv: readonly string[]): CanIArgs {
  const args: CanIArgs = { groups: [], allNamespaces: false, files: [], list: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--list') args.list = true;
    else if (arg === '-A' || arg === '--all-namespaces') args.allNamespaces = true;
    else if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const kind = VALUE_OPTIONS[name];
      if (!kind) throw new UsageError(`알 수 없는 옵션입니다: ${name} (도움말: can-i --help)`);
      let value: string;
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${name} 옵션에 값이 필요합니다`);
        value = next;
        i++;
      }
      if (value === '') throw new UsageError(`${name} 옵션의 값이 비어 있습니다`);
      if (kind === 'file') args.files.push(value);
      else if (kind === 'group') args.groups.push(value);
      else if (kind === 'subresource') args.subresource = value;
      else if (kind === 'as') args.as = value;
      else args.namespace = value;
    } else positional.push(arg);
  }
  if (args.help) return args;
  if (args.list) {
    if (positional.length > 0) throw new UsageError(`--list에는 동사와 리소스를 함께 쓸 수 없습니다: ${positional.join(' ')}`);
    if (args.subresource !== undefined) throw new UsageError('--list에는 --subresource를 쓸 수 없습니다');
  } else {
    if (positional.length < 2) throw new UsageError('동사와 리소스를 지정하세요. 예: can-i get pods --as alice -f rbac.yaml (도움말: can-i --help)');
    if (positional.length > 2) throw new UsageError(`인자가 너무 많습니다: ${positional.slice(2).join(' ')}`);
    [args.verb, args.target] = positional as [string, string];
  }
  if (args.as === undefined) {
    throw new UsageError(
      args.groups.length > 0
        ? '--as-group은 --as와 함께 써야 합니다 (kubectl과 같습니다)'
        : '--as로 확인할 사용자를 지정하세요 (ServiceAccount는 system:serviceaccount:<ns>:<이름>)',
    );
  }
  if (args.files.length === 0) throw new UsageError('-f로 RBAC 객체가 있는 파일이나 디렉터리를 지정하세요');
  if (args.allNamespaces && args.namespace !== undefined) throw new UsageError('-n과 -A는 함께 쓸 수 없습니다');
  return args;
}

interface Resolved {
  request: AccessRequest;
  warning?: string;
}

/** `<type>[.<group>][/<name>]` or a non-resource URL, as kubectl reads it. */
export function resolveTarget(args: CanIArgs): Resolved {
  const verb = args.verb!;
  const target = args.target!;
  if (target.startsWith('/')) {
    if (args.subresource !== undefined) throw new UsageError('비리소스 URL에는 --subresource를 쓸 수 없습니다');
    return { request: { verb, path: target } };
  }
  const slash = target.indexOf('/');
  const typeGroup = slash >= 0 ? target.slice(0, slash) : target;
  const name = slash >= 0 ? target.slice(slash + 1) : '';
  if (typeGroup === '') throw new UsageError(`리소스 타입이 비어 있습니다: '${target}'`);
  const dot = typeGroup.indexOf('.');
  const type = dot >= 0 ? typeGroup.slice(0, dot) : typeGroup;
  const group = dot >= 0 ? typeGroup.slice(dot + 1) : undefined;
  if (type === '' || (dot >= 0 && group === '')) throw new UsageError(`리소스 타입을 읽을 수 없습니다: '${typeGroup}' (예: deployments.apps)`);
  let resource: string;
  let apiGroup: string;
  let namespaced = true;
  let warning: string | undefined;
  const known = type === '*' ? undefined : findResource(type, group);
  if (known) {
    resource = known.resource;
    apiGroup = known.group;
    namespaced = known.namespaced;
  } else {
    resource = type === '*' ? '*' : type.toLowerCase();
    apiGroup = group ?? '';
    if (type !== '*' && group === undefined)
      warning = `경고: 알 수 없는 리소스 타입 '${type}'입니다. core group("")의 '${resource}'로 확인합니다. CRD라면 <타입>.<그룹>으로 쓰세요.\n`;
  }
  const namespace = args.allNamespaces || !namespaced ? '' : (args.namespace ?? DEFAULT_NAMESPACE);
  const request: AccessRequest = {
    verb,
    apiGroup,
    resource,
    namespace,
    ...(name ? { name } : {}),
    ...(args.subresource ? { subresource: args.subresource } : {}),
  };
  return warning ? { request, warning } : { request };
}

function loadObjects(files: SourceFile[]): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const f of files) {
    const parsed = parseYaml(f.name, f.text);
    const bad = parsed.findings.find((x) => x.severity === 'error');
    if (bad) throw new UsageError(`${f.name}:${bad.line}:${bad.column}: ${bad.message}`);
    objects.push(...parsed.objects);
  }
  return objects;
}

/** kubectl's `auth can-i --list` table: resources (merged verbs per resource and names), then non-resource URLs. */
export function listTable(grants: readonly Grant[]): string {
  const rows = new Map<string, { resource: string; urls: string; names: string; verbs: string[] }>();
  const add = (resource: string, urls: string, names: string, verbs: readonly string[]) => {
    const key = `${resource}\u0000${urls}\u0000${names}`;
    const row = rows.get(key) ?? { resource, urls, names, verbs: [] };
    for (const v of verbs) if (!row.verbs.includes(v)) row.verbs.push(v);
    rows.set(key, row);
  };
  for (const g of grants) {
    const r = g.rule;
    for (const group of r.apiGroups) for (const res of r.resources) add(group ? `${res}.${group}` : res, '[]', `[${r.resourceNames.join(' ')}]`, r.verbs);
    if (r.nonResourceURLs.length > 0 && g.binding.kind === 'ClusterRoleBinding') add('', `[${r.nonResourceURLs.join(' ')}]`, '[]', r.verbs);
  }
  // Resource rows by name, then the non-resource rows (empty resource) by URL.
  const sortKey = (r: { resource: string; urls: string }) => `${r.resource === '' ? 1 : 0}\u0000${r.resource}\u0000${r.urls}`;
  const sorted = [...rows.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const table = [['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs'], ...sorted.map((r) => [r.resource, r.urls, r.names, `[${r.verbs.join(' ')}]`])];
  const widths = [0, 1, 2].map((c) => Math.max(...table.map((row) => row[c]!.length)));
  return `${table
    .map((row) =>
      row
        .map((cell, c) => (c < 3 ? cell.padEnd(widths[c]! + 3) : cell))
        .join('')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCanIArgs(argv);
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  const resolved = args.list ? undefined : resolveTarget(args);
  const files = await readInputs(args.files, io);
  const objects = loadObjects(files);
  const policy = rbacPolicy(objects);
  if (policy.roles.length === 0 && policy.bindings.length === 0) {
    throw new UsageError(`RBAC 객체(Role, ClusterRole, RoleBinding, ClusterRoleBinding)가 없습니다: ${args.files.join(', ')}`);
  }
  for (const p of policy.problems) io.stderr(`경고: ${p.file}:${p.range.line}:${p.range.column}: ${p.message}\n`);
  const user = userInfo(args.as!, args.groups);
  if (!resolved) {
    io.stdout(listTable(listFor(policy, user, args.allNamespaces ? '' : (args.namespace ?? DEFAULT_NAMESPACE))));
    return 0;
  }
  if (resolved.warning) io.stderr(resolved.warning);
  const decision = canI(policy, user, resolved.request);
  io.stdout(decision.allowed ? 'yes\n' : 'no\n');
  return decision.allowed ? 0 : 1;
}
