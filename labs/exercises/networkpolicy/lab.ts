import { buildScenario, isAllowed, type Protocol, type Scenario } from '@w7/grader';
import { fail, noFindings, ok } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: app-network-policy
  namespace: production
spec:
  podSelector:
    matchLabels:
      app: myapp
  policyTypes: ["Ingress", "Egress"]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              name: frontend
        - podSelector:
            matchLabels:
              app: frontend
      ports:
        - protocol: TCP
          port: 8080
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              name: database
      ports:
        - protocol: TCP
          port: 5432
`;

const FILE = 'networkpolicy.yaml';
const SECTION = 'kubernetes-security#network-policies-or와-and-그리고-dns';

interface PortDecl {
  port: number;
  name: string;
  protocol?: Protocol;
}

const pod = (namespace: string, name: string, labels: Record<string, string>, ports: PortDecl[] = []) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels },
  spec: {
    containers: [
      {
        name: 'main',
        image: 'example',
        ...(ports.length ? { ports: ports.map((p) => ({ containerPort: p.port, name: p.name, protocol: p.protocol ?? 'TCP' })) } : {}),
      },
    ],
  },
});

/**
 * The cluster the policies are graded in (the learner edits only the policies). Besides the pods of the task it
 * holds the decoys an over-wide rule reaches: a pod with the frontend's label in another namespace, a second pod
 * in database, DNS servers other than kube-dns (node-local in kube-system, a rogue one in default).
 */
export const TOPOLOGY: readonly unknown[] = [
  ...['production', 'frontend', 'database', 'sandbox', 'kube-system', 'default'].map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })),
  pod('production', 'api', { app: 'myapp' }, [{ port: 8080, name: 'http' }]),
  pod('production', 'worker', { app: 'worker' }),
  pod('frontend', 'web', { app: 'frontend' }),
  pod('frontend', 'debug', { app: 'debug' }),
  pod('database', 'postgres', { app: 'postgres' }, [{ port: 5432, name: 'postgresql' }]),
  pod('database', 'backup', { app: 'backup' }, [{ port: 5432, name: 'postgresql' }]),
  pod('sandbox', 'attacker', { app: 'frontend' }),
  pod('kube-system', 'kube-dns', { 'k8s-app': 'kube-dns' }, [
    { port: 53, name: 'dns', protocol: 'UDP' },
    { port: 53, name: 'dns-tcp' },
  ]),
  pod('kube-system', 'node-local-dns', { 'k8s-app': 'node-local-dns' }, [
    { port: 53, name: 'dns', protocol: 'UDP' },
    { port: 53, name: 'dns-tcp' },
  ]),
  pod('default', 'rogue-dns', { app: 'dns' }, [{ port: 53, name: 'dns', protocol: 'UDP' }]),
];

/** Addresses outside the pods: the internet, private ranges and the cloud metadata service. */
export const EXTERNALS = ['8.8.8.8', '10.0.0.10', '172.16.5.4', '192.168.1.20', '169.254.169.254'] as const;

/** Every port the table probes: the allowed ones, their neighbours, and the usual suspects. */
export const PROBES: readonly { protocol: Protocol; port: number }[] = [
  ...[22, 53, 80, 443, 5431, 5432, 5433, 8079, 8080, 8081].map((port) => ({ protocol: 'TCP' as const, port })),
  ...[53, 5432, 8080].map((port) => ({ protocol: 'UDP' as const, port })),
  ...[5432, 8080].map((port) => ({ protocol: 'SCTP' as const, port })),
];

const key = (from: string, to: string, protocol: Protocol, port: number) => `${from} → ${to} ${protocol}/${port}`;

/** The connections that must be open; every other connection to or from a production pod must be blocked. */
export const REQUIRED: ReadonlySet<string> = new Set([
  key('frontend/web', 'production/api', 'TCP', 8080),
  key('production/api', 'database/postgres', 'TCP', 5432),
  key('production/api', 'kube-system/kube-dns', 'UDP', 53),
  key('production/api', 'kube-system/kube-dns', 'TCP', 53),
]);

/** Allowed either way: DNS to kube-dns for the other production pods (a namespace-wide DNS policy is fine). */
export const OPTIONAL: ReadonlySet<string> = new Set([
  key('production/worker', 'kube-system/kube-dns', 'UDP', 53),
  key('production/worker', 'kube-system/kube-dns', 'TCP', 53),
]);

type Area = 'deny' | 'frontend' | 'database' | 'dns';

/** Which objective a connection belongs to. */
function areaOf(from: string, to: string, port: number): Area {
  if (from.startsWith('production/') && port === 53) return 'dns';
  if (to === 'production/api') return 'frontend';
  if (from === 'production/api') return 'database';
  return 'deny';
}

export interface Mismatch {
  what: string;
  /** true: must be open but is blocked; false: must be blocked but is open. */
  required: boolean;
}

/** Every connection to or from a production pod whose verdict differs from the intended table, by area. */
export function mismatches(s: Scenario): Record<Area, Mismatch[]> {
  const out: Record<Area, Mismatch[]> = { deny: [], frontend: [], database: [], dns: [] };
  const endpoints = [...s.pods.map((p) => p.id), ...EXTERNALS];
  for (const from of endpoints) {
    for (const to of endpoints) {
      if (from === to || !(from.startsWith('production/') || to.startsWith('production/'))) continue;
      for (const { protocol, port } of PROBES) {
        const k = key(from, to, protocol, port);
        if (OPTIONAL.has(k)) continue;
        const want = REQUIRED.has(k);
        if (isAllowed(s, { from, to, protocol, port }) !== want) out[areaOf(from, to, port)].push({ what: k, required: want });
      }
    }
  }
  return out;
}

const MAX_LISTED = 5;

function scenario(ctx: LabContext): Scenario | ObjectiveResult {
  const bad = noFindings(ctx, FILE, ['schema/required', 'schema/type', 'schema/unknown-field', 'schema/api-deprecated', 'schema/api-validation'], '');
  if (!bad.pass) return bad;
  const other = ctx.objects(FILE).find((o) => o.kind !== 'NetworkPolicy');
  if (other) return fail(`${FILE}에는 NetworkPolicy만 둡니다 (${other.kind ?? '알 수 없는 객체'}는 채점 환경을 바꿀 수 없습니다).`, FILE, other.docRange);
  return buildScenario([...TOPOLOGY, ...ctx.objects(FILE)]);
}

function judge(area: Area, passReason: string) {
  return (ctx: LabContext): ObjectiveResult => {
    const s = scenario(ctx);
    if (!('pods' in s)) return s;
    const list = mismatches(s)[area];
    const missing = list.find((m) => m.required);
    if (missing) return fail(`${missing.what} 연결이 막힙니다. 허용해야 하는 연결입니다.`, FILE);
    if (list.length === 0) return ok(passReason);
    const shown = list
      .slice(0, MAX_LISTED)
      .map((m) => m.what)
      .join(', ');
    return fail(`막아야 하는 연결 ${list.length}개가 허용됩니다: ${shown}${list.length > MAX_LISTED ? ` 외 ${list.length - MAX_LISTED}개` : ''}.`, FILE);
  };
}

export const lab: LabMeta = {
  id: 'networkpolicy',
  title: 'NetworkPolicy: default deny와 꼭 필요한 연결만',
  summary:
    'production의 NetworkPolicy는 namespaceSelector가 아무것도 고르지 못하고, OR와 AND를 혼동했고, DNS를 막습니다. production을 default deny로 두고 frontend의 웹 Pod에서 앱 8080, 앱에서 database의 postgres 5432, 앱에서 kube-dns 53만 허용하세요. production에 드나드는 모든 연결의 진리표가 의도한 표와 같은지로 채점합니다.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'default-deny',
      title: 'production은 default deny: 허용하지 않은 연결은 막힌다',
      section: 'kubernetes-security#network-policies-정책-유형과-default-deny',
      check: judge('deny', 'production의 다른 Pod와 다른 방향의 연결은 모두 막힙니다.'),
    },
    {
      id: 'frontend-to-app',
      title: 'frontend Namespace의 app=frontend Pod만 앱의 TCP 8080에 접속한다',
      rules: ['netpol/namespace-name-label', 'netpol/or-not-and'],
      section: SECTION,
      check: judge('frontend', 'frontend의 웹 Pod만 앱의 TCP 8080에 들어옵니다.'),
    },
    {
      id: 'app-to-database',
      title: '앱은 database의 postgres TCP 5432에만 접속한다',
      rules: ['netpol/namespace-name-label', 'netpol/selector-no-match', 'netpol/any-peer'],
      section: SECTION,
      check: judge('database', '앱은 postgres의 TCP 5432로만 나갑니다.'),
    },
    {
      id: 'dns',
      title: '앱이 DNS(kube-dns, UDP와 TCP 53)를 쓰고, 다른 곳의 53번은 쓰지 않는다',
      rules: ['netpol/no-dns-egress', 'netpol/any-peer'],
      section: SECTION,
      check: judge('dns', '앱은 kube-dns로만 UDP/TCP 53을 씁니다.'),
    },
  ],
  hints: [
    'Namespace에는 name 라벨이 없습니다. 자동으로 붙는 라벨은 kubernetes.io/metadata.name입니다.',
    'from의 두 목록 항목은 OR입니다. "frontend Namespace의 frontend Pod"는 한 항목에 namespaceSelector와 podSelector를 함께 씁니다. Egress를 제한하면 DNS도 막힙니다.',
    'podSelector: {}와 policyTypes: [Ingress, Egress]만 있는 default-deny 정책을 추가하고, 앱 정책의 egress에 kube-system의 k8s-app=kube-dns로 UDP/TCP 53 규칙을 넣으세요. egress의 to에는 Namespace와 Pod를 둘 다(한 항목에) 지정해야 다른 Pod로 새지 않습니다.',
  ],
};
