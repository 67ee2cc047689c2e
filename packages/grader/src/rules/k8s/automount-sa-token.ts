import type { YamlRule } from '../../rule';
import { asArray, asRecord, containersOf, podSpecOf } from '../../k8s';

const pod = (extra: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${extra}  containers:
    - name: app
      image: registry.example.com/app:1.0.0
`;

export const automountSaToken: YamlRule = {
  meta: {
    id: 'k8s/automount-sa-token',
    severity: 'info',
    target: 'kubernetes',
    title: { ko: 'ServiceAccount 토큰 자동 마운트', en: 'ServiceAccount token mounted automatically' },
    why: {
      ko: '기본값으로 모든 Pod에 ServiceAccount 토큰이 마운트됩니다. API 서버를 쓰지 않는 앱이라면 침입자에게 클러스터 API 자격 증명만 넘겨주는 셈입니다.',
      en: 'By default every pod gets its ServiceAccount token mounted. For an app that never calls the API server, that only hands an intruder cluster credentials.',
    },
    fix: {
      ko: 'Pod spec(또는 ServiceAccount)에 automountServiceAccountToken: false를 설정하세요. API가 필요한 Pod만 전용 ServiceAccount로 토큰을 받게 하세요.',
      en: 'Set automountServiceAccountToken: false in the pod spec (or on the ServiceAccount); give a token only to pods that need the API, with a dedicated ServiceAccount.',
    },
    refs: { trivy: 'KSV036', cis: '5.1.6' },
    securitySeverity: 3.0,
    messages: {
      explicitMount: {
        ko: 'automountServiceAccountToken: true로 ServiceAccount 토큰을 마운트합니다. 이 Pod가 Kubernetes API를 정말 호출하는지 확인하고, 아니라면 false로 바꾸세요.',
        en: 'automountServiceAccountToken: true mounts the ServiceAccount token; set false unless the pod calls the Kubernetes API.',
      },
      projectedToken: {
        ko: 'volume "{{volume}}"이(가) projected serviceAccountToken으로 ServiceAccount 토큰을 직접 마운트합니다. automountServiceAccountToken: false여도 이 Pod는 API 토큰을 가집니다. API를 쓰지 않는 Pod라면 이 volume을 지우세요.',
        en: 'Volume "{{volume}}" mounts a ServiceAccount token through a projected serviceAccountToken source: the pod holds an API token even with automountServiceAccountToken: false.',
      },
      defaultMount: {
        ko: 'Pod spec에 automountServiceAccountToken: false가 없어 ServiceAccount "{{saName}}"의 토큰이 자동으로 마운트됩니다. API를 쓰지 않는 Pod라면 false로 설정하세요.',
        en: 'The pod spec lacks automountServiceAccountToken: false, so the token of ServiceAccount "{{saName}}" is mounted automatically.',
      },
    },
    examples: {
      good: [{ file: 'pod.yaml', text: pod('  automountServiceAccountToken: false\n') }],
      bad: [
        { file: 'pod.yaml', text: pod(''), errors: [{ messageId: 'defaultMount', line: 5, column: 1, endLine: 5, endColumn: 5 }] },
        {
          file: 'pod.yaml',
          text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  automountServiceAccountToken: false
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      volumeMounts: [{name: token, mountPath: /var/run/secrets/tokens}]
  volumes:
    - name: token
      projected:
        sources: [{serviceAccountToken: {path: token}}]
`,
          errors: [{ messageId: 'projectedToken', line: 13, column: 7, endLine: 13, endColumn: 16 }],
        },
      ],
    },
  },
  check(obj, ctx, input) {
    const ps = podSpecOf(obj);
    if (!ps) return;
    // A token projected by hand is a token, whatever automountServiceAccountToken says.
    const mounted = new Set(
      [...containersOf(ps.spec, ps.path)].flatMap((c) =>
        asArray(c.container.volumeMounts)
          .map((m) => asRecord(m)?.name)
          .filter((n): n is string => typeof n === 'string'),
      ),
    );
    asArray(ps.spec.volumes).forEach((v, i) => {
      const vol = asRecord(v);
      const name = typeof vol?.name === 'string' ? vol.name : '';
      const sources = asArray(asRecord(vol?.projected)?.sources);
      if (!mounted.has(name) || !sources.some((src) => asRecord(src)?.serviceAccountToken != null)) return;
      ctx.report({ messageId: 'projectedToken', data: { volume: name }, range: obj.keyRange([...ps.path, 'volumes', i, 'projected']) });
    });
    const value = ps.spec.automountServiceAccountToken;
    if (value === false) return;
    if (value === true) {
      ctx.report({
        messageId: 'explicitMount',
        range: obj.range([...ps.path, 'automountServiceAccountToken']),
      });
      return;
    }
    // The pod inherits the ServiceAccount's setting when it does not set its own.
    const saName =
      typeof ps.spec.serviceAccountName === 'string'
        ? ps.spec.serviceAccountName
        : typeof ps.spec.serviceAccount === 'string'
          ? ps.spec.serviceAccount
          : 'default';
    const sa = input.objects.find(
      (o) => o.kind === 'ServiceAccount' && o.apiVersion === 'v1' && o.name === saName && (o.namespace ?? '') === (obj.namespace ?? ''),
    );
    if (sa && asRecord(sa.value)?.automountServiceAccountToken === false) return;
    ctx.report({
      messageId: 'defaultMount',
      data: { saName },
      range: obj.keyRange(ps.path),
    });
  },
};
