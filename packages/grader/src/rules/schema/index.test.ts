import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { schemaRules } from './index';
import { formatPath, isQuantity } from '../../schema/validate';

/** A minimal valid Deployment; each test changes one thing. Line numbers in the comments. */
const BASE = [
  'apiVersion: apps/v1', // 1
  'kind: Deployment', // 2
  'metadata:', // 3
  '  name: web', // 4
  'spec:', // 5
  '  replicas: 2', // 6
  '  selector:', // 7
  '    matchLabels:', // 8
  '      app: web', // 9
  '  template:', // 10
  '    metadata:', // 11
  '      labels:', // 12
  '        app: web', // 13
  '    spec:', // 14
  '      securityContext:', // 15
  '        runAsNonRoot: true', // 16
  '      containers:', // 17
  '        - name: app', // 18
  '          image: registry.example.com/app:1.0.0', // 19
  '          ports:', // 20
  '            - containerPort: 8080', // 21
  '          resources:', // 22
  '            limits:', // 23
  '              memory: 128Mi', // 24
];

/** BASE with 1-based line `line` replaced by `lines` (none = delete). */
function tweak(line: number, ...lines: string[]): string {
  const copy = [...BASE];
  copy.splice(line - 1, 1, ...lines);
  return yaml(...copy);
}

const run = (text: string, allDocs = false) => runRules(schemaRules, text, { allDocs });

describe('schema rules on a valid object', () => {
  it('report nothing', () => {
    expect(run(yaml(...BASE))).toEqual([]);
  });
});

describe('schema/unknown-field', () => {
  it('suggests the closest field name', () => {
    const f = run(tweak(15, '      securityContxt:'));
    expect(f.map(at)).toEqual(['schema/unknown-field@15:7-15:21']);
    expect(f[0]!.message).toBe('알 수 없는 필드 "securityContxt"입니다(spec.template.spec). 혹시 "securityContext"인가요?');
    expect(f[0]!.messageEn).toBe('Unknown field "securityContxt" in spec.template.spec. Did you mean "securityContext"?');
    expect(f[0]!.severity).toBe('error');
  });

  it('says that capabilities belong in a container securityContext', () => {
    const f = run(tweak(16, '        runAsNonRoot: true', '        capabilities:', '          drop: ["ALL"]'));
    expect(f.map(at)).toEqual(['schema/unknown-field@17:9-17:21']);
    expect(f[0]!.message).toContain('capabilities은(는) 컨테이너의 securityContext(containers[].securityContext)에 넣어야 합니다');
  });

  it('says that pod-level fields in a container securityContext belong at pod level', () => {
    const f = run(tweak(22, '          securityContext:', '            fsGroup: 1000', '          resources:'));
    expect(f.map(at)).toEqual(['schema/unknown-field@23:13-23:20']);
    expect(f[0]!.message).toContain('Pod 수준 securityContext(spec.securityContext)');
  });

  it('points containers written directly under the Deployment spec to the pod template', () => {
    const f = run(tweak(6, '  replicas: 2', '  containers: []'));
    expect(f.map(at)).toEqual(['schema/unknown-field@7:3-7:13']);
    expect(f[0]!.message).toContain('Pod 템플릿 안(spec.template.spec)');
  });

  it('points top-level metadata fields to metadata', () => {
    const f = run(tweak(2, 'kind: Deployment', 'namespace: prod'));
    expect(f.map(at)).toEqual(['schema/unknown-field@3:1-3:10']);
    expect(f[0]!.message).toBe('알 수 없는 필드 "namespace"입니다(최상위). namespace은(는) metadata 아래에 넣어야 합니다.');
  });

  it('has no suggestion for unrelated names', () => {
    const f = run(tweak(6, '  replicas: 2', '  zzz: 1'));
    expect(f.map(at)).toEqual(['schema/unknown-field@7:3-7:6']);
    expect(f[0]!.message).toBe('알 수 없는 필드 "zzz"입니다(spec).');
  });

  it('accepts any keys in maps (labels, limits)', () => {
    expect(run(tweak(13, '        app: web', '        anything.example.com/key: "x"'))).toEqual([]);
  });
});

describe('schema/type', () => {
  it('rejects a quoted integer and says to remove the quotes', () => {
    const f = run(tweak(21, '            - containerPort: "8080"'));
    expect(f.map(at)).toEqual(['schema/type@21:30-21:36']);
    expect(f[0]!.message).toBe('spec.template.spec.containers[0].ports[0].containerPort: 정수 값이어야 하는데 문자열 "8080"입니다. 따옴표를 빼세요.');
  });

  it('rejects a non-integer replicas', () => {
    expect(run(tweak(6, '  replicas: 1.5')).map(at)).toEqual(['schema/type@6:13-6:16']);
  });

  it('checks quantities and explains MB vs Mi', () => {
    const f = run(tweak(24, '              memory: 128MB'));
    expect(f.map(at)).toEqual(['schema/type@24:23-24:28']);
    expect(f[0]!.message).toContain('"MB" 대신 Mi(2진) 또는 M(10진)를 쓰세요');
  });

  it('accepts numbers and suffixed strings as quantities', () => {
    for (const q of ['1', '0.5', '500m', '128Mi', '1Gi', '1e3', '.5']) expect(isQuantity(q), q).toBe(true);
    expect(isQuantity(2)).toBe(true);
    for (const q of ['128MB', '1.5.2', 'Mi', '', 'abc', '1 Gi']) expect(isQuantity(q), q).toBe(false);
    expect(run(tweak(24, '              memory: 1'))).toEqual([]);
  });

  it('accepts int-or-string where Kubernetes allows both', () => {
    const svc = (port: string) =>
      yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  ports:', '    - port: 80', `      targetPort: ${port}`);
    expect(run(svc('8080'))).toEqual([]);
    expect(run(svc('http'))).toEqual([]);
    expect(run(svc('1.5')).map(at)).toEqual(['schema/type@8:19-8:22']);
  });

  it('asks to quote label values that YAML reads as numbers', () => {
    const f = run(tweak(13, '        app: web', '        version: 1.0'));
    expect(f.map(at)).toEqual(['schema/type@14:18-14:21']);
    expect(f[0]!.message).toContain('따옴표로 감싸세요: "1".');
  });

  it('wants a list for capabilities.drop', () => {
    const f = run(tweak(22, '          securityContext:', '            capabilities:', '              drop: ALL', '          resources:'));
    expect(f.map(at)).toEqual(['schema/type@24:21-24:24']);
    expect(f[0]!.message).toBe(
      'spec.template.spec.containers[0].securityContext.capabilities.drop: 목록 값이어야 하는데 문자열 "ALL"입니다. 목록으로 쓰세요: ["ALL"].',
    );
  });

  it('checks enums with a suggestion', () => {
    const f = run(tweak(16, '        seccompProfile:', '          type: RuntimeDefualt'));
    expect(f.map(at)).toEqual(['schema/type@17:17-17:31']);
    expect(f[0]!.message).toBe(
      'spec.template.spec.securityContext.seccompProfile.type: "RuntimeDefualt"은(는) 허용되지 않는 값입니다. 허용 값: Localhost, RuntimeDefault, Unconfined. 혹시 "RuntimeDefault"인가요?',
    );
  });

  it('rejects a boolean written as a string', () => {
    const f = run(tweak(16, '        runAsNonRoot: "true"'));
    expect(f.map(at)).toEqual(['schema/type@16:23-16:29']);
    expect(f[0]!.message).toContain('따옴표를 빼고 true 또는 false로 쓰세요.');
  });

  it('rejects a document that is not a mapping', () => {
    const f = run('- a\n- b\n', true);
    expect(f.map(at)).toEqual(['schema/type@1:1-3:1']);
  });
});

describe('schema/required', () => {
  it('reports a Deployment without spec.selector at spec', () => {
    const f = run(tweak(7).replace('    matchLabels:\n      app: web\n', ''));
    expect(f.map(at)).toEqual(['schema/required@5:1-5:5']);
    expect(f[0]!.message).toBe(
      '필수 필드 spec.selector이(가) 없습니다. spec.selector.matchLabels를 추가하고 spec.template.metadata.labels와 같은 라벨을 쓰세요.',
    );
  });

  it('reports a container without image (API validation) at the container', () => {
    const f = run(tweak(19));
    expect(f.map(at)).toEqual(['schema/required@18:11-18:15']);
    expect(f[0]!.message).toContain('필수 필드 spec.template.spec.containers[0].image이(가) 없습니다. API 서버가 거부합니다(image: Required value).');
  });

  it('reports a missing container name', () => {
    const f = run(tweak(18, '        - image: registry.example.com/app:1.0.0').replace('          image: registry.example.com/app:1.0.0\n', ''));
    expect(f.map(at)).toEqual(['schema/required@18:11-18:16']);
    expect(f[0]!.message).toContain('spec.template.spec.containers[0].name');
  });

  it('reports a missing metadata.name at metadata, or at kind without metadata', () => {
    expect(run(tweak(4, '  labels: {}')).map(at)).toEqual(['schema/required@3:1-3:9']);
    const f = run(tweak(3).replace('  name: web\n', ''));
    expect(f.map(at)).toEqual(['schema/required@2:1-2:5']);
    expect(f[0]!.message).toContain('필수 필드 metadata.name이(가) 없습니다.');
  });

  it('accepts generateName instead of name', () => {
    expect(run(tweak(4, '  generateName: web-'))).toEqual([]);
  });

  it('reports missing apiVersion and kind (not for GitHub Actions workflows)', () => {
    const f = run(yaml('metadata:', '  name: x'), true);
    expect(f.map(at)).toEqual(['schema/required@1:1-1:9', 'schema/required@1:1-1:9']);
    expect(f.map((x) => x.messageEn)).toEqual([
      'Missing required field apiVersion: every Kubernetes object needs apiVersion and kind.',
      'Missing required field kind: every Kubernetes object needs apiVersion and kind.',
    ]);
    expect(run(yaml('on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest'), true)).toEqual([]);
  });
});

describe('schema/selector-mismatch', () => {
  it('points at the selector label that the template lacks', () => {
    const f = run(tweak(9, '      app: api'));
    expect(f.map(at)).toEqual(['schema/selector-mismatch@9:7-9:10']);
    expect(f[0]!.message).toContain('selector는 app=api을(를) 찾는데 spec.template.metadata.labels의 app 값은 web입니다.');
  });

  it('reports selector labels missing from the template', () => {
    const f = run(tweak(9, '      app: web', '      tier: front'));
    expect(f.map(at)).toEqual(['schema/selector-mismatch@10:7-10:11']);
  });

  it('evaluates matchExpressions', () => {
    const ok = tweak(8, '    matchExpressions:', '      - {key: app, operator: In, values: [web, api]}').replace('      app: web\n  template', '  template');
    expect(run(ok)).toEqual([]);
    const bad = tweak(8, '    matchExpressions:', '      - {key: app, operator: NotIn, values: [web]}').replace('      app: web\n  template', '  template');
    expect(run(bad).map(at)).toEqual(['schema/selector-mismatch@9:9-9:51']);
  });

  it('rejects an empty selector', () => {
    const f = run(tweak(7, '  selector: {}').replace('    matchLabels:\n      app: web\n', ''));
    expect(f.map(at)).toEqual(['schema/selector-mismatch@7:3-7:11']);
  });

  it('leaves Job selectors alone unless manualSelector is true', () => {
    const job = (manual: string) =>
      yaml(
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata:',
        '  name: j',
        'spec:',
        manual,
        '  selector:',
        '    matchLabels: {a: b}',
        '  template:',
        '    spec:',
        '      restartPolicy: Never',
        '      containers:',
        '        - name: c',
        '          image: busybox:1.36',
      );
    expect(run(job('  parallelism: 1'))).toEqual([]);
    expect(run(job('  manualSelector: true')).map(at)).toEqual(['schema/selector-mismatch@8:19-8:20']);
  });
});

describe('schema/api-deprecated', () => {
  it('names the replacement and skips the structural checks', () => {
    const f = run(tweak(1, 'apiVersion: extensions/v1beta1'));
    expect(f.map(at)).toEqual(['schema/api-deprecated@1:13-1:31']);
    expect(f[0]!.message).toBe('extensions/v1beta1의 Deployment은(는) Kubernetes 1.16부터 제공되지 않습니다. apiVersion: apps/v1로 바꾸세요.');
  });

  it('explains that PodSecurityPolicy is gone', () => {
    const f = run(yaml('apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', 'metadata:', '  name: restricted'));
    expect(f.map(at)).toEqual(['schema/api-deprecated@1:13-1:27']);
    expect(f[0]!.message).toContain('Kubernetes 1.25에서 제거되었습니다. PodSecurityPolicy는 없어졌습니다. Namespace 라벨로 Pod Security Admission');
  });

  it('covers batch/v1beta1 CronJob and external-secrets.io/v1beta1', () => {
    expect(run(yaml('apiVersion: batch/v1beta1', 'kind: CronJob', 'metadata:', '  name: c'))[0]!.message).toContain('apiVersion: batch/v1로 바꾸세요');
    expect(run(yaml('apiVersion: external-secrets.io/v1beta1', 'kind: SecretStore', 'metadata:', '  name: s'))[0]!.messageEn).toBe(
      'SecretStore in external-secrets.io/v1beta1 is no longer served since External Secrets Operator v0.17: use apiVersion: external-secrets.io/v1.',
    );
  });
});

describe('schema/unknown-kind', () => {
  it('is an error when the kind exists in another apiVersion', () => {
    const f = run(tweak(1, 'apiVersion: v1'));
    expect(f.map(at)).toEqual(['schema/unknown-kind@1:13-1:15']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toBe('apiVersion v1에는 Deployment이(가) 없습니다. apiVersion: apps/v1을(를) 쓰세요.');
  });

  it('is an error for a misspelt kind', () => {
    const f = run(tweak(2, 'kind: deployment'));
    expect(f.map(at)).toEqual(['schema/unknown-kind@2:7-2:17']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toBe('apiVersion apps/v1에는 kind deployment이(가) 없습니다. 혹시 "Deployment"인가요? kind는 대소문자를 구분합니다.');
    expect(run(tweak(2, 'kind: Deploymnet')).map(at)).toEqual(['schema/unknown-kind@2:7-2:17']);
    const node = run(yaml('apiVersion: v1', 'kind: Node', 'metadata:', '  name: n1'));
    expect(node.map((x) => [at(x), x.severity])).toEqual([['schema/unknown-kind@2:7-2:11', 'info']]);
  });

  it('is info for kinds without a bundled schema', () => {
    const f = run(yaml('apiVersion: example.com/v1', 'kind: Widget', 'metadata:', '  name: w', 'spec:', '  anything: 1'));
    expect(f.map(at)).toEqual(['schema/unknown-kind@2:7-2:13']);
    expect(f[0]!.severity).toBe('info');
  });
});

describe('hand-written schemas', () => {
  it('check ExternalSecret fields', () => {
    const es = (field: string) =>
      yaml(
        'apiVersion: external-secrets.io/v1',
        'kind: ExternalSecret',
        'metadata:',
        '  name: app',
        'spec:',
        `  ${field}:`,
        '    name: store',
        '    kind: SecretStore',
      );
    expect(run(es('secretStoreRef'))).toEqual([]);
    const f = run(es('secretStoreRefs'));
    expect(f.map(at)).toEqual(['schema/unknown-field@6:3-6:18']);
    expect(f[0]!.message).toContain('혹시 "secretStoreRef"인가요?');
  });

  it('check audit Policy rules', () => {
    const pol = (level: string) => yaml('apiVersion: audit.k8s.io/v1', 'kind: Policy', 'rules:', `  - ${level}`);
    expect(run(pol('level: Metadata'))).toEqual([]);
    expect(run(pol('level: Everything')).map(at)).toEqual(['schema/type@4:12-4:22']);
    expect(run(pol('levle: Metadata')).map(at)).toEqual(['schema/required@4:5-4:10', 'schema/unknown-field@4:5-4:10']);
  });
});

describe('formatPath', () => {
  it('joins keys and indices', () => {
    expect(formatPath(['spec', 'containers', 0, 'image'])).toBe('spec.containers[0].image');
    expect(formatPath([])).toBe('(문서)');
  });
});

describe('hostile input', () => {
  it('treats prototype names as ordinary unknown keys', () => {
    const f = run(tweak(6, '  replicas: 2', '  constructor: 1', '  __proto__: {a: 1}', '  toString: x'));
    expect(f.map(at)).toEqual(['schema/unknown-field@7:3-7:14', 'schema/unknown-field@8:3-8:12', 'schema/unknown-field@9:3-9:11']);
  });

  it('does not take prototype names for labels in selector checks', () => {
    const f = run(tweak(9, '      constructor: x'));
    expect(f.map(at)).toEqual(['schema/selector-mismatch@9:7-9:18']);
    expect(f[0]!.message).toContain('selector의 constructor=x 라벨이 spec.template.metadata.labels에 없습니다.');
  });

  it('handles wrong shapes everywhere without crashing', () => {
    const shapes = [
      'spec: 5',
      'spec: [1, 2]',
      'spec: {template: 1}',
      'spec: {template: {spec: {containers: 7}}}',
      'spec: {template: {spec: {containers: [1, "x", null]}}}',
      'metadata: 3',
      'metadata: {name: 5}',
    ];
    for (const s of shapes) {
      const f = run(yaml('apiVersion: apps/v1', 'kind: Deployment', s));
      expect(f.length, s).toBeGreaterThan(0);
      for (const x of f) expect(x.line, s).toBeGreaterThan(0);
    }
  });
});
