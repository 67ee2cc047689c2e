import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { apiValidationRule } from './api-validation';
import { parseQuantity } from '../../schema/apiserver';

const run = (text: string) => runRules([apiValidationRule], text);
const pod = (...spec: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', ...spec);
const app = ['  containers:', '    - name: app', '      image: registry.example.com/app:1.0.0'];

describe('schema/api-validation', () => {
  it('seccomp and AppArmor Localhost need localhostProfile; localhostProfile needs Localhost', () => {
    const f = run(
      pod(
        '  securityContext:',
        '    seccompProfile:',
        '      type: Localhost',
        ...app,
        '      securityContext:',
        '        appArmorProfile: {type: RuntimeDefault, localhostProfile: x}',
      ),
    );
    expect(f.map(at)).toEqual(['schema/api-validation@8:13-8:22', 'schema/api-validation@13:49-13:65']);
    expect(f[0]!.message).toBe('seccomp type: Localhost에는 localhostProfile(노드의 프로필 파일 경로)이 있어야 합니다. 없으면 API 서버가 Pod를 거부합니다.');
    expect(run(pod('  securityContext:', '    seccompProfile: {type: Localhost, localhostProfile: profiles/a.json}', ...app))).toEqual([]);
  });

  it('a Windows pod may not set Linux-only fields', () => {
    const f = run(
      pod(
        '  os: {name: windows}',
        '  securityContext:',
        '    runAsNonRoot: true',
        '    seccompProfile: {type: RuntimeDefault}',
        ...app,
        '      securityContext:',
        '        capabilities: {drop: [ALL]}',
        '        allowPrivilegeEscalation: false',
      ),
    );
    expect(f.map(at)).toEqual(['schema/api-validation@9:5-9:19', 'schema/api-validation@14:9-14:21', 'schema/api-validation@15:9-15:33']);
    expect(f[1]!.message).toBe('os.name: windows인 Pod의 컨테이너에는 securityContext.capabilities를 쓸 수 없습니다(Linux 전용 필드).');
    expect(run(pod('  os: {name: windows}', '  securityContext:', '    runAsNonRoot: true', ...app))).toEqual([]);
  });

  it('negative replicas, Exists with values and In without values in a Deployment', () => {
    const d = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: d}',
      'spec:',
      '  replicas: -1',
      '  selector:',
      '    matchExpressions:',
      '      - {key: app, operator: Exists, values: [web]}',
      '      - {key: tier, operator: In, values: []}',
      '  template:',
      '    metadata: {labels: {app: web, tier: x}}',
      '    spec:',
      '      containers: [{name: a, image: x:1}]',
    );
    expect(run(d).map(at)).toEqual(['schema/api-validation@5:13-5:15', 'schema/api-validation@8:38-8:44', 'schema/api-validation@9:31-9:33']);
  });

  it('user and group ids, duplicate names, mounts without a volume, repeated mount paths, container ports', () => {
    const f = run(
      pod(
        '  securityContext: {runAsUser: -1, fsGroup: 2147483648}',
        '  volumes: [{name: tmp, emptyDir: {}}, {name: tmp, emptyDir: {}}]',
        ...app,
        '      securityContext: {runAsGroup: -5}',
        '      ports: [{containerPort: 0}, {containerPort: 8080, hostPort: 70000}]',
        '      volumeMounts: [{name: tmp, mountPath: /tmp}, {name: cache, mountPath: /tmp}]',
        '    - name: app',
        '      image: registry.example.com/app:1.0.0',
      ),
    );
    expect(f.map((x) => x.messageEn)).toEqual([
      'runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      'fsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive',
      'name: Duplicate value: "tmp"',
      'runAsGroup: Invalid value: -5: must be between 0 and 2147483647, inclusive',
      'volumeMounts.name: Not found: "cache"',
      'mountPath: Invalid value: "/tmp": must be unique',
      'port: Invalid value: must be between 1 and 65535',
      'port: Invalid value: must be between 1 and 65535',
      'name: Duplicate value: "app"',
    ]);
  });

  it('requests above limits and negative quantities', () => {
    const f = run(pod(...app, '      resources:', '        requests: {memory: 512Mi, cpu: "-1"}', '        limits: {memory: 256Mi}'));
    expect(f.map((x) => x.messageEn)).toEqual([
      'requests.cpu: Invalid value: must be greater than or equal to 0',
      'requests.memory: Invalid value: must be less than or equal to memory limit',
    ]);
    expect(parseQuantity('1.5Gi')).toBe(1.5 * 2 ** 30);
    expect(parseQuantity('100m')).toBeCloseTo(0.1);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('12MB')).toBeNaN();
  });

  it('NetworkPolicy ports, endPort, peers and ipBlocks as the API validates them', () => {
    const np = yaml(
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: n, namespace: production}',
      'spec:',
      '  podSelector: {}',
      '  egress:',
      '    - to:',
      '        - {}',
      '        - {ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}',
      '        - {ipBlock: {cidr: 10.0.0.0/8, except: [192.168.0.0/16, 10.0.0.0/8]}}',
      '        - {ipBlock: {cidr: 10.0.0.300/8}}',
      '      ports:',
      '        - {port: 5432, endPort: 5431}',
      '        - {port: postgres, endPort: 6000}',
      '        - {port: 0}',
      '        - {port: Bad_Name}',
    );
    expect(run(np).map((f) => f.messageEn)).toEqual([
      'port: Invalid value: must be between 1 and 65535'
        .replace('port', 'endPort')
        .replace('must be between 1 and 65535', 'must be greater than or equal to port'),
      'endPort: Required value: may not be specified when port is not a number',
      'port: Invalid value: must be between 1 and 65535',
      'port: Invalid value: Bad_Name',
      'must specify a peer',
      'may not specify more than 1 peer type',
      'except: Invalid value: must be a strict subset of cidr',
      'except: Invalid value: must be a strict subset of cidr',
      'cidr: Invalid value',
    ]);
  });

  it('audit policy rules that mix resources and non-resource URLs, and URLs without a leading slash', () => {
    const p = yaml(
      'apiVersion: audit.k8s.io/v1',
      'kind: Policy',
      'rules:',
      '  - level: None',
      '    nonResourceURLs: [healthz]',
      '    resources: [{group: ""}]',
      '  - level: Metadata',
    );
    expect(run(p).map(at)).toEqual(['schema/api-validation@5:5-5:20', 'schema/api-validation@5:23-5:30']);
  });
});
