import { buildScenario, dnsAccess, isAllowed, type Protocol, type Scenario } from '@w7/grader';
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

const pod = (namespace: string, name: string, labels: Record<string, string>, port?: number) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels },
  spec: { containers: [{ name: 'main', image: 'example', ...(port ? { ports: [{ containerPort: port }] } : {}) }] },
});

/**
 * The cluster the policies are graded in (the learner edits only the policies): the app and a second workload in
 * production, the frontend and a debug pod in frontend, postgres in database, and a pod in sandbox that carries
 * the frontend's label to catch an OR where an AND was meant.
 */
export const TOPOLOGY: readonly unknown[] = [
  ...['production', 'frontend', 'database', 'sandbox'].map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })),
  pod('production', 'api', { app: 'myapp' }, 8080),
  pod('production', 'worker', { app: 'worker' }),
  pod('frontend', 'web', { app: 'frontend' }),
  pod('frontend', 'debug', { app: 'debug' }),
  pod('database', 'postgres', { app: 'postgres' }, 5432),
  pod('sandbox', 'attacker', { app: 'frontend' }),
];

export interface Probe {
  from: string;
  to: string;
  protocol: Protocol;
  port: number;
  allowed: boolean;
}

const probe = (from: string, to: string, port: number, allowed: boolean, protocol: Protocol = 'TCP'): Probe => ({ from, to, protocol, port, allowed });
const INTERNET = '8.8.8.8';

/** The truth table each objective checks: every row must come out as `allowed` says. */
export const TABLE: Record<'deny' | 'frontend' | 'database', readonly Probe[]> = {
  deny: [
    probe('production/worker', 'production/api', 8080, false),
    probe('production/worker', INTERNET, 443, false),
    probe('production/api', INTERNET, 443, false),
    probe(INTERNET, 'production/api', 8080, false),
    probe(INTERNET, 'production/worker', 80, false),
  ],
  frontend: [
    probe('frontend/web', 'production/api', 8080, true),
    probe('frontend/debug', 'production/api', 8080, false),
    probe('sandbox/attacker', 'production/api', 8080, false),
    probe('frontend/web', 'production/api', 22, false),
    probe('frontend/web', 'production/worker', 8080, false),
  ],
  database: [
    probe('production/api', 'database/postgres', 5432, true),
    probe('production/worker', 'database/postgres', 5432, false),
    probe('production/api', 'database/postgres', 22, false),
    probe('production/api', 'frontend/web', 8080, false),
  ],
};

function scenario(ctx: LabContext): Scenario | ObjectiveResult {
  const bad = noFindings(ctx, FILE, ['schema/required', 'schema/type', 'schema/unknown-field', 'schema/api-deprecated'], '');
  if (!bad.pass) return bad;
  const other = ctx.objects(FILE).find((o) => o.kind !== 'NetworkPolicy');
  if (other) return fail(`${FILE}에는 NetworkPolicy만 둡니다 (${other.kind ?? '알 수 없는 객체'}는 채점 환경을 바꿀 수 없습니다).`, FILE, other.docRange);
  return buildScenario([...TOPOLOGY, ...ctx.objects(FILE)]);
}

function table(rows: readonly Probe[], passReason: string) {
  return (ctx: LabContext): ObjectiveResult => {
    const s = scenario(ctx);
    if (!('pods' in s)) return s;
    const wrong = rows.find((r) => isAllowed(s, r) !== r.allowed);
    if (!wrong) return ok(passReason);
    const what = `${wrong.from} → ${wrong.to} ${wrong.protocol}/${wrong.port}`;
    return fail(wrong.allowed ? `${what} 연결이 막힙니다. 허용해야 하는 연결입니다.` : `${what} 연결이 허용됩니다. 막아야 하는 연결입니다.`, FILE);
  };
}

export const lab: LabMeta = {
  id: 'networkpolicy',
  title: 'NetworkPolicy: default deny와 꼭 필요한 연결만',
  summary:
    'production의 NetworkPolicy는 namespaceSelector가 아무것도 고르지 못하고, OR와 AND를 혼동했고, DNS를 막습니다. production을 default deny로 두고 frontend의 웹 Pod에서 앱 8080, 앱에서 database의 postgres 5432, 그리고 DNS만 허용하세요. 연결 진리표로 채점합니다.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'default-deny',
      title: 'production은 default deny: 허용하지 않은 연결은 막힌다',
      section: 'kubernetes-security#network-policies-정책-유형과-default-deny',
      check: table(TABLE.deny, 'production의 다른 연결은 모두 막힙니다.'),
    },
    {
      id: 'frontend-to-app',
      title: 'frontend Namespace의 app=frontend Pod만 앱의 TCP 8080에 접속한다',
      rules: ['netpol/namespace-name-label', 'netpol/or-not-and'],
      section: SECTION,
      check: table(TABLE.frontend, 'frontend의 웹 Pod만 앱의 8080에 들어옵니다.'),
    },
    {
      id: 'app-to-database',
      title: '앱만 database의 postgres TCP 5432에 접속한다',
      rules: ['netpol/namespace-name-label', 'netpol/selector-no-match'],
      section: SECTION,
      check: table(TABLE.database, '앱만 postgres 5432로 나갑니다.'),
    },
    {
      id: 'dns',
      title: '앱이 DNS(kube-dns, UDP와 TCP 53)를 쓸 수 있다',
      rules: ['netpol/no-dns-egress'],
      section: SECTION,
      check(ctx) {
        const s = scenario(ctx);
        if (!('pods' in s)) return s;
        const api = s.podsById.get('production/api')!;
        const d = dnsAccess(s, api);
        if (!d.udp || !d.tcp) return fail(`앱이 kube-system의 kube-dns에 ${!d.udp ? 'UDP' : 'TCP'} 53으로 갈 수 없습니다. 이름 해석이 실패해 DB Service에 접속하지 못합니다.`, FILE);
        return ok('앱이 kube-dns로 UDP/TCP 53을 쓸 수 있습니다.');
      },
    },
  ],
  hints: [
    'Namespace에는 name 라벨이 없습니다. 자동으로 붙는 라벨은 kubernetes.io/metadata.name입니다.',
    'from의 두 목록 항목은 OR입니다. "frontend Namespace의 frontend Pod"는 한 항목에 namespaceSelector와 podSelector를 함께 씁니다. Egress를 제한하면 DNS도 막힙니다.',
    'podSelector: {}와 policyTypes: [Ingress, Egress]만 있는 default-deny 정책을 추가하고, 앱 정책의 egress에 kube-system의 k8s-app=kube-dns로 UDP/TCP 53 규칙을 넣으세요.',
  ],
};
