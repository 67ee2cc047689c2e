import { describe, expect, it } from 'vitest';
import { findingFrom } from '../messages';
import type { GradeOptions, Range, Report } from '../types';
import { parseYaml } from '../yaml/document';
import { aggregateForbidden, compareVersions, evaluatePod, isValidVersion, parseVersion, pssRules } from './index';
import { ERRATA_SAMPLES } from '../../../../content/samples';

interface Hit extends Range {
  ruleId: string;
  message: string;
  messageEn?: string;
}

/** A minimal engine: every PSS rule over every object of the given files. */
function grade(texts: string | string[], options: GradeOptions = {}): Hit[] {
  const files = (Array.isArray(texts) ? texts : [texts]).map((t, i) => parseYaml(`f${i}.yaml`, t));
  for (const f of files) expect(f.findings).toEqual([]);
  const objects = files.flatMap((f) => f.objects);
  const hits: Hit[] = [];
  for (const obj of objects) {
    if (!obj.apiVersion || !obj.kind) continue;
    for (const rule of pssRules) {
      const report = (r: Report) => {
        const f = findingFrom(rule.meta, r.messageId, r.data, r.range);
        hits.push({ ruleId: rule.meta.id, message: f.message, messageEn: f.messageEn, ...r.range });
      };
      rule.check(obj, { options, report }, { objects });
    }
  }
  return hits;
}

const ids = (hits: Hit[]): string[] => hits.map((h) => h.ruleId).sort();
const at = (h: Hit): string => `${h.line}:${h.column}-${h.endLine}:${h.endColumn}`;

const SEED_SECURE_APP = `apiVersion: v1
kind: Pod
metadata:
  name: secure-app
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    runAsGroup: 1000
    fsGroup: 1000
  containers:
    - name: app
      image: myapp:latest
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop:
            - ALL
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
`;

const SEED_FALCO = `apiVersion: v1
kind: Namespace
metadata:
  name: falco
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: falco
  namespace: falco
spec:
  template:
    spec:
      containers:
        - name: falco
          image: docker.io/falcosecurity/falco:latest
          securityContext:
            privileged: true
          volumeMounts:
            - name: host-proc
              mountPath: /host/proc
              readOnly: true
      volumes:
        - name: host-proc
          hostPath:
            path: /proc
`;

const ERRATA_2_3 = ERRATA_SAMPLES['2.3'];

const ERRATA_2_4 = (hostUsers: string) => ERRATA_SAMPLES['2.4'].replace(/^spec:\n/m, `spec:\n${hostUsers}`);

describe('seed and ERRATA samples', () => {
  it('the seed secure-app Pod fails only seccompProfile_restricted, at the pod securityContext key', () => {
    const hits = grade(SEED_SECURE_APP);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.ruleId).toBe('pss/seccompProfile_restricted');
    expect(hits[0]!.message).toBe(
      'restricted:v1.37 위반 - seccompProfile: pod 또는 container "app"의 securityContext.seccompProfile.type을 "RuntimeDefault" 또는 "Localhost"로 설정해야 합니다',
    );
    expect(hits[0]!.messageEn).toBe(
      'violates PodSecurity "restricted:v1.37": seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    );
    expect(at(hits[0]!)).toBe('6:3-6:18');
  });

  it('the seed §6.2 variant with hostUsers: false also fails only seccompProfile_restricted', () => {
    const text = SEED_SECURE_APP.replace('spec:\n  securityContext:', 'spec:\n  hostUsers: false\n  securityContext:');
    expect(ids(grade(text))).toEqual(['pss/seccompProfile_restricted']);
  });

  it('the seed Falco DaemonSet fails privileged and hostPathVolumes at baseline, at the offending fields', () => {
    const hits = grade(SEED_FALCO, { pssLevel: 'baseline' });
    expect(ids(hits)).toEqual(['pss/hostPathVolumes', 'pss/privileged']);
    const priv = hits.find((h) => h.ruleId === 'pss/privileged')!;
    expect(priv.message).toBe('baseline:v1.37 위반 - privileged: container "falco"의 securityContext.privileged=true 설정은 허용되지 않습니다');
    expect(priv.messageEn).toBe('violates PodSecurity "baseline:v1.37": privileged (container "falco" must not set securityContext.privileged=true)');
    expect(at(priv)).toBe('18:25-18:29');
    const hp = hits.find((h) => h.ruleId === 'pss/hostPathVolumes')!;
    expect(hp.messageEn).toBe('violates PodSecurity "baseline:v1.37": hostPath volumes (volume "host-proc")');
    expect(at(hp)).toBe('25:11-25:19');
  });

  it('the seed Falco DaemonSet at restricted: restrictedVolumes replaces hostPathVolumes', () => {
    const hits = grade(SEED_FALCO);
    expect(ids(hits)).toEqual([
      'pss/allowPrivilegeEscalation',
      'pss/capabilities_restricted',
      'pss/privileged',
      'pss/restrictedVolumes',
      'pss/runAsNonRoot',
      'pss/seccompProfile_restricted',
    ]);
    const rv = hits.find((h) => h.ruleId === 'pss/restrictedVolumes')!;
    expect(rv.messageEn).toBe('violates PodSecurity "restricted:v1.37": restricted volume types (volume "host-proc" uses restricted volume type "hostPath")');
    expect(at(rv)).toBe('25:11-25:19');
    // Missing at both levels: the template's spec key.
    expect(at(hits.find((h) => h.ruleId === 'pss/runAsNonRoot')!)).toBe('13:5-13:9');
    // The container's securityContext exists but lacks the field: point at that key.
    expect(at(hits.find((h) => h.ruleId === 'pss/allowPrivilegeEscalation')!)).toBe('17:11-17:26');
  });

  it('ERRATA §2.3 (Namespace + Secret + Deployment) passes restricted:latest', () => {
    expect(grade(ERRATA_2_3)).toEqual([]);
  });

  it('ERRATA §2.4 passes restricted:latest, with and without hostUsers: false', () => {
    expect(grade(ERRATA_2_4(''))).toEqual([]);
    expect(grade(ERRATA_2_4('  hostUsers: false\n'))).toEqual([]);
  });
});

const pod = (spec: string, meta = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: demo${meta}
spec:
${spec}`;
const ns = (labels: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: demo
  labels:
${labels}---
`;
const HOSTPATH_POD = pod(`  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
  volumes:
    - name: host
      hostPath:
        path: /var/log
`);

describe('namespace labels choose the level and version', () => {
  it('baseline label: hostPathVolumes reports, no restricted checks', () => {
    const hits = grade(ns('    pod-security.kubernetes.io/enforce: baseline\n') + HOSTPATH_POD);
    expect(ids(hits)).toEqual(['pss/hostPathVolumes']);
    expect(hits[0]!.message).toBe('baseline:v1.37 위반 (namespace "demo"의 enforce label) - hostPath volumes: hostPath volume은 허용되지 않습니다: "host"');
  });

  it('no Namespace in the input: the options decide (default restricted)', () => {
    expect(ids(grade(HOSTPATH_POD))).toEqual(['pss/restrictedVolumes']);
    expect(ids(grade(HOSTPATH_POD, { pssLevel: 'baseline' }))).toEqual(['pss/hostPathVolumes']);
    expect(grade(HOSTPATH_POD, { pssLevel: 'privileged' })).toEqual([]);
  });

  it('the label wins over the options, also across files', () => {
    expect(ids(grade([ns('    pod-security.kubernetes.io/enforce: restricted\n'), HOSTPATH_POD], { pssLevel: 'baseline' }))).toEqual(['pss/restrictedVolumes']);
  });

  it('an enforce-version label alone pins the version; the level still comes from the options', () => {
    const text = ns('    pod-security.kubernetes.io/enforce-version: v1.24\n') + WINDOWS_POD;
    const hits = grade(text);
    expect(ids(hits)).toEqual(['pss/allowPrivilegeEscalation', 'pss/capabilities_restricted', 'pss/seccompProfile_restricted']);
    expect(hits[0]!.message.startsWith('restricted:v1.24 위반 (namespace "demo"의 enforce label) - ')).toBe(true);
    expect(grade(text, { pssLevel: 'baseline' })).toEqual([]);
  });

  it('audit/warn labels alone do not choose the enforced level', () => {
    const text = ns('    pod-security.kubernetes.io/warn: baseline\n    pod-security.kubernetes.io/audit: baseline\n') + HOSTPATH_POD;
    expect(ids(grade(text))).toEqual(['pss/restrictedVolumes']);
  });

  it('privileged label: nothing is checked', () => {
    const text =
      ns('    pod-security.kubernetes.io/enforce: privileged\n') +
      pod('  hostPID: true\n  containers:\n    - name: a\n      image: x:1\n      securityContext:\n        privileged: true\n');
    expect(grade(text)).toEqual([]);
  });

  it('the same Namespace twice: the later one is what kubectl apply leaves, so its labels apply', () => {
    const text = ns('    pod-security.kubernetes.io/enforce: restricted\n') + ns('    pod-security.kubernetes.io/enforce: baseline\n') + HOSTPATH_POD;
    expect(ids(grade(text))).toEqual(['pss/hostPathVolumes']);
  });

  it('a Namespace with another name does not apply', () => {
    const text = ns('    pod-security.kubernetes.io/enforce: privileged\n').replace('name: demo', 'name: other') + HOSTPATH_POD;
    expect(ids(grade(text))).toEqual(['pss/restrictedVolumes']);
  });

  it('an invalid level label fails closed to restricted; an invalid version to latest', () => {
    const text = ns('    pod-security.kubernetes.io/enforce: strict\n    pod-security.kubernetes.io/enforce-version: "1.25"\n') + HOSTPATH_POD;
    const hits = grade(text);
    expect(ids(hits)).toEqual(['pss/restrictedVolumes']);
    expect(hits[0]!.message.startsWith('restricted:v1.37 위반')).toBe(true);
  });

  it('enforce-version pins the policy: probe hosts are checked from v1.34', () => {
    const probe = pod(`  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
      livenessProbe:
        httpGet:
          host: 169.254.169.254
          port: 80
`);
    const labels = (v: string) => ns(`    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/enforce-version: ${v}\n`);
    expect(grade(labels('v1.33') + probe)).toEqual([]);
    const hits = grade(labels('v1.34') + probe);
    expect(ids(hits)).toEqual(['pss/hostProbesAndHostLifecycle']);
    expect(hits[0]!.messageEn).toBe(
      'violates PodSecurity "baseline:v1.34": probe or lifecycle host (container "app" uses probe or lifecycle host "169.254.169.254")',
    );
    expect(at(hits[0]!)).toBe('28:17-28:32');
  });
});

const WINDOWS_POD = pod(`  os:
    name: windows
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
`);

describe('Windows pods', () => {
  it('are exempt from allowPrivilegeEscalation, capabilities and seccomp from v1.25', () => {
    expect(grade(WINDOWS_POD, { pssVersion: 'v1.25' })).toEqual([]);
    expect(grade(WINDOWS_POD)).toEqual([]);
    expect(ids(grade(WINDOWS_POD, { pssVersion: 'v1.24' }))).toEqual([
      'pss/allowPrivilegeEscalation',
      'pss/capabilities_restricted',
      'pss/seccompProfile_restricted',
    ]);
  });

  it('still need runAsNonRoot and may not use hostProcess', () => {
    const text = WINDOWS_POD.replace('    runAsNonRoot: true\n', '    windowsOptions:\n      hostProcess: true\n');
    const hits = grade(text);
    expect(ids(hits)).toEqual(['pss/runAsNonRoot', 'pss/windowsHostProcess']);
    const hp = hits.find((h) => h.ruleId === 'pss/windowsHostProcess')!;
    expect(hp.messageEn).toBe('violates PodSecurity "restricted:v1.37": hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)');
    expect(at(hp)).toBe('11:20-11:24');
  });
});

describe('workload templates', () => {
  it('CronJob: the jobTemplate pod template is checked, positions inside it', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: c
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          hostNetwork: true
          containers:
            - name: job
              image: x:1
`;
    const hits = grade(text, { pssLevel: 'baseline' });
    expect(ids(hits)).toEqual(['pss/hostNamespaces']);
    expect(hits[0]!.messageEn).toBe('violates PodSecurity "baseline:v1.37": host namespaces (hostNetwork=true)');
    expect(at(hits[0]!)).toBe('12:24-12:28');
  });

  it('StatefulSet, Job and ReplicaSet templates are checked; a Service is not', () => {
    const tpl = (kind: string, api: string) => `apiVersion: ${api}
kind: ${kind}
metadata:
  name: w
spec:
  template:
    spec:
      containers:
        - name: c
          image: x:1
          ports:
            - containerPort: 80
              hostPort: 8080
            - containerPort: 81
              hostPort: 8081
`;
    for (const [kind, api] of [
      ['StatefulSet', 'apps/v1'],
      ['Job', 'batch/v1'],
      ['ReplicaSet', 'apps/v1'],
      ['Deployment', 'apps/v1'],
    ]) {
      const hits = grade(tpl(kind!, api!), { pssLevel: 'baseline' });
      expect(ids(hits), kind).toEqual(['pss/hostPorts']);
      expect(hits[0]!.messageEn).toBe('violates PodSecurity "baseline:v1.37": hostPort (container "c" uses hostPorts 8080, 8081)');
      expect(at(hits[0]!)).toBe('13:25-13:29');
    }
    expect(grade('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 80\n')).toEqual([]);
  });
});

describe('messages and positions per check', () => {
  it('ephemeral and init containers are checked and named', () => {
    const hits = grade(
      pod(`  initContainers:
    - name: setup
      image: x:1
      securityContext:
        privileged: true
  containers:
    - name: app
      image: x:1
  ephemeralContainers:
    - name: debugger
      image: busybox:1
      securityContext:
        privileged: true
`),
      { pssLevel: 'baseline' },
    );
    expect(hits.map((h) => h.messageEn)).toEqual([
      'violates PodSecurity "baseline:v1.37": privileged (containers "setup", "debugger" must not set securityContext.privileged=true)',
    ]);
    expect(hits[0]!.message).toBe('baseline:v1.37 위반 - privileged: container "setup", "debugger"의 securityContext.privileged=true 설정은 허용되지 않습니다');
    expect(at(hits[0]!)).toBe('11:21-11:25');
  });

  const run = (spec: string, meta = '', options: GradeOptions = {}) => grade(pod(spec, meta), options);

  it('capabilities_restricted names both problems, drop first', () => {
    const hits = run(`  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  initContainers:
    - name: init
      image: x:1
      securityContext:
        allowPrivilegeEscalation: false
  containers:
    - name: app
      image: x:1
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
          add: ["SYS_ADMIN", "NET_BIND_SERVICE", "NET_RAW"]
`);
    expect(ids(hits)).toEqual(['pss/capabilities_restricted']);
    expect(hits[0]!.messageEn).toBe(
      'violates PodSecurity "restricted:v1.37": unrestricted capabilities (container "init" must set securityContext.capabilities.drop=["ALL"]; container "app" must not include "NET_RAW", "SYS_ADMIN" in securityContext.capabilities.add)',
    );
    expect(hits[0]!.message).toBe(
      'restricted:v1.37 위반 - unrestricted capabilities: container "init"의 securityContext.capabilities.drop에 "ALL"을 넣어야 합니다; container "app"의 securityContext.capabilities.add에는 NET_BIND_SERVICE만 넣을 수 있습니다. 허용되지 않는 값: "NET_RAW", "SYS_ADMIN"',
    );
    // init's securityContext key (drop missing)
    expect(at(hits[0]!)).toBe('14:7-14:22');
  });

  it('appArmorProfile: fields and annotations together', () => {
    const hits = run(
      `  securityContext:
    appArmorProfile:
      type: Unconfined
  containers:
    - name: app
      image: x:1
`,
      '\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: unconfined',
      { pssLevel: 'baseline' },
    );
    expect(ids(hits)).toEqual(['pss/appArmorProfile']);
    expect(hits[0]!.messageEn).toBe(
      'violates PodSecurity "baseline:v1.37": forbidden AppArmor profiles (pod and annotation must not set AppArmor profile type to "Unconfined", "container.apparmor.security.beta.kubernetes.io/app="unconfined"")',
    );
    expect(at(hits[0]!)).toBe('11:13-11:23');
  });

  it('seLinuxOptions: type, user and role', () => {
    const hits = run(
      `  containers:
    - name: a
      image: x:1
      securityContext:
        seLinuxOptions:
          type: spc_t
          user: system_u
    - name: b
      image: x:1
      securityContext:
        seLinuxOptions:
          role: system_r
`,
      '',
      { pssLevel: 'baseline' },
    );
    expect(hits[0]!.messageEn).toBe(
      'violates PodSecurity "baseline:v1.37": seLinuxOptions (containers "a", "b" set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set; role may not be set)',
    );
    expect(at(hits[0]!)).toBe('11:9-11:23');
  });

  it('runAsNonRoot=false and runAsUser=0 point at the values', () => {
    const hits = run(`  securityContext:
    runAsNonRoot: false
    runAsUser: 0
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: x:1
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`);
    expect(ids(hits)).toEqual(['pss/runAsNonRoot', 'pss/runAsUser']);
    const nr = hits.find((h) => h.ruleId === 'pss/runAsNonRoot')!;
    expect(nr.messageEn).toBe('violates PodSecurity "restricted:v1.37": runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)');
    expect(at(nr)).toBe('8:19-8:24');
    const ru = hits.find((h) => h.ruleId === 'pss/runAsUser')!;
    expect(ru.message).toBe('restricted:v1.37 위반 - runAsUser=0: pod의 runAsUser=0(root) 설정은 허용되지 않습니다');
    expect(at(ru)).toBe('9:16-9:17');
  });

  it('sysctls lists names in order; seccomp annotations are checked only before v1.19', () => {
    const spec = `  securityContext:
    sysctls:
      - name: net.ipv4.tcp_rmem
        value: "4096 87380 6291456"
      - name: kernel.msgmax
        value: "1"
  containers:
    - name: app
      image: x:1
`;
    const meta = '\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: unconfined';
    const at31 = run(spec, meta, { pssLevel: 'baseline', pssVersion: 'v1.31' });
    expect(at31.map((h) => h.messageEn)).toEqual(['violates PodSecurity "baseline:v1.31": forbidden sysctls (net.ipv4.tcp_rmem, kernel.msgmax)']);
    expect(at(at31[0]!)).toBe('11:15-11:32');
    expect(run(spec, meta, { pssLevel: 'baseline' }).map((h) => h.messageEn)).toEqual([
      'violates PodSecurity "baseline:v1.37": forbidden sysctls (kernel.msgmax)',
    ]);
    const at18 = run(spec, meta, { pssLevel: 'baseline', pssVersion: 'v1.18' });
    expect(ids(at18)).toEqual(['pss/seccompProfile_baseline', 'pss/sysctls']);
    const sc = at18.find((h) => h.ruleId === 'pss/seccompProfile_baseline')!;
    expect(sc.messageEn).toBe(
      'violates PodSecurity "baseline:v1.18": seccompProfile (forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined")',
    );
    expect(at(sc)).toBe('7:47-7:57');
  });

  it('procMount: baseline relaxes for hostUsers: false from v1.35, restricted never does', () => {
    const spec = `  hostUsers: false
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: x:1
      securityContext:
        procMount: Unmasked
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`;
    expect(run(spec, '', { pssLevel: 'baseline' })).toEqual([]);
    expect(ids(run(spec, '', { pssLevel: 'baseline', pssVersion: 'v1.34' }))).toEqual(['pss/procMount']);
    const r = run(spec);
    expect(ids(r)).toEqual(['pss/procMount_restricted']);
    expect(r[0]!.messageEn).toBe('violates PodSecurity "restricted:v1.37": procMount (container "app" must not set securityContext.procMount to "Unmasked")');
    expect(at(r[0]!)).toBe('16:20-16:28');
    expect(ids(run(spec, '', { pssVersion: 'v1.34' }))).toEqual(['pss/procMount']);
  });
});

describe('bad input never crashes', () => {
  const odd = [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec: oops\n',
    'apiVersion: v1\nkind: Pod\nmetadata: 5\nspec:\n  containers: "x"\n  volumes: {a: 1}\n  securityContext: []\n',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: [1]\nspec:\n  containers:\n    - 7\n    - name: 5\n      securityContext: "s"\n      ports: [{hostPort: "80"}, null]\n',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template: null\n',
    'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate: [1, 2]\n',
  ];
  it('odd shapes evaluate without throwing and with exact findings', () => {
    expect(grade(odd[0]!)).toEqual([]);
    expect(grade(odd[1]!)).toEqual([]);
    // the container named 5 has no usable securityContext: restricted findings point at its name
    const hits = grade(odd[2]!);
    expect(ids(hits)).toEqual(['pss/allowPrivilegeEscalation', 'pss/capabilities_restricted', 'pss/runAsNonRoot', 'pss/seccompProfile_restricted']);
    expect(hits.find((h) => h.ruleId === 'pss/allowPrivilegeEscalation')!.messageEn).toContain('container "" must set');
    expect(grade(odd[3]!)).toEqual([]);
    expect(grade(odd[4]!)).toEqual([]);
  });

  it('evaluatePod accepts any data', () => {
    for (const v of [null, undefined, 1, 'x', [], {}, { containers: [null, 1, 'a'] }]) {
      expect(() => evaluatePod(v, v, 'restricted', 'latest')).not.toThrow();
    }
  });
});

describe('evaluatePod and versions', () => {
  it('returns every check that ran, in upstream order, with the aggregate text', () => {
    const results = evaluatePod(
      {},
      { containers: [{ name: 'a', securityContext: { privileged: true } }], volumes: [{ name: 'h', hostPath: { path: '/' } }] },
      'baseline',
      'v1.33',
    );
    expect(results.map((r) => r.checkId)).toEqual([
      'appArmorProfile',
      'capabilities_baseline',
      'hostNamespaces',
      'hostPathVolumes',
      'hostPorts',
      'privileged',
      'procMount',
      'seLinuxOptions',
      'seccompProfile_baseline',
      'sysctls',
      'windowsHostProcess',
    ]);
    expect(aggregateForbidden(results)).toBe('hostPath volumes (volume "h"), privileged (container "a" must not set securityContext.privileged=true)');
    expect(evaluatePod({}, {}, 'privileged', 'latest')).toEqual([]);
    expect(evaluatePod({}, {}, 'restricted', 'v1.37').map((r) => r.checkId)).toContain('procMount_restricted');
    expect(evaluatePod({}, {}, 'restricted', 'v1.37').map((r) => r.checkId)).not.toContain('procMount');
  });

  it('parses and compares versions', () => {
    expect(parseVersion('latest')).toEqual({ label: 'latest', minor: 37 });
    expect(parseVersion('v1.0')).toEqual({ label: 'v1.0', minor: 0 });
    expect(parseVersion('v1.25')).toEqual({ label: 'v1.25', minor: 25 });
    expect(parseVersion('v1.40')).toEqual({ label: 'v1.40', minor: 37 });
    for (const bad of ['1.25', 'v1.025', 'v2.0', 'v1.', 'v1.x', '', 'Latest']) expect(parseVersion(bad), bad).toBeNull();
    expect(isValidVersion('v1.30')).toBe(true);
    expect(isValidVersion('v1.3o')).toBe(false);
    expect(compareVersions('v1.9', 'v1.10')).toBe(-1);
    expect(compareVersions('latest', 'v1.99')).toBe(1);
    expect(compareVersions('v1.25', 'v1.25')).toBe(0);
  });
});

describe('rule metadata', () => {
  it('one rule per check, with bilingual texts and a PSS docs link', () => {
    expect(pssRules).toHaveLength(19);
    for (const r of pssRules) {
      expect(r.meta.id).toMatch(/^pss\/[A-Za-z_]+$/);
      expect(r.meta.target).toBe('kubernetes');
      expect(r.meta.refs?.url).toMatch(/^https:\/\/kubernetes\.io\/docs\/concepts\/security\/pod-security-standards\/#(baseline|restricted)$/);
      for (const t of [r.meta.title, r.meta.why, r.meta.fix]) {
        expect(t.ko).toMatch(/[가-힣]/);
        expect(t.en.length).toBeGreaterThan(10);
      }
    }
  });

  for (const rule of pssRules) {
    it(`${rule.meta.id} examples: every bad reports it, no good does`, () => {
      expect(rule.meta.examples.bad.length).toBeGreaterThan(0);
      expect(rule.meta.examples.good.length).toBeGreaterThan(0);
      for (const ex of rule.meta.examples.bad) expect(ids(grade(ex.text))).toContain(rule.meta.id);
      for (const ex of rule.meta.examples.good) expect(ids(grade(ex.text))).not.toContain(rule.meta.id);
    });
  }
});
