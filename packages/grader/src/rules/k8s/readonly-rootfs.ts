import type { YamlRule } from '../../rule';
import { asRecord, containerAnchor, containerLabel, containersOf, podSpecOf } from '../../k8s';

const pod = (sc: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
${sc}`;

export const readonlyRootfs: YamlRule = {
  meta: {
    id: 'k8s/readonly-rootfs',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: '루트 파일시스템이 쓰기 가능', en: 'Writable root filesystem' },
    why: {
      ko: '루트 파일시스템에 쓸 수 있으면 침입자가 바이너리나 스크립트를 내려받아 실행하고 설정 파일을 바꿀 수 있습니다. 읽기 전용이면 이런 변조가 막힙니다.',
      en: 'A writable root filesystem lets an intruder drop and run binaries or tamper with configuration. Read-only blocks that.',
    },
    fix: {
      ko: '컨테이너 securityContext에 readOnlyRootFilesystem: true를 설정하고, 쓰기가 필요한 경로(/tmp 등)만 emptyDir 볼륨으로 마운트하세요.',
      en: 'Set readOnlyRootFilesystem: true in the container securityContext and mount an emptyDir only where writes are needed (/tmp, ...).',
    },
    refs: { kubeScore: 'container-security-context-readonlyrootfilesystem', kubeLinter: 'no-read-only-root-fs', trivy: 'KSV014' },
    securitySeverity: 4.0,
    messages: {
      setFalse: {
        ko: '{{container}}: readOnlyRootFilesystem이 false라 루트 파일시스템에 쓸 수 있습니다. true로 바꾸고 쓰기 경로는 emptyDir로 마운트하세요.',
        en: '{{container}}: readOnlyRootFilesystem is false, so the root filesystem is writable.',
      },
      notSet: {
        ko: '{{container}}: securityContext.readOnlyRootFilesystem: true가 없어 루트 파일시스템에 쓸 수 있습니다. 쓰기 경로(/tmp 등)는 emptyDir로 마운트하세요.',
        en: '{{container}}: no securityContext.readOnlyRootFilesystem: true, so the root filesystem is writable.',
      },
    },
    examples: {
      good: [{ file: 'pod.yaml', text: pod('      securityContext:\n        readOnlyRootFilesystem: true\n') }],
      bad: [
        { file: 'pod.yaml', text: pod(''), errors: [{ messageId: 'notSet', line: 7, column: 13, endLine: 7, endColumn: 16 }] },
        {
          file: 'pod.yaml',
          text: pod('      securityContext:\n        readOnlyRootFilesystem: false\n'),
          errors: [{ messageId: 'setFalse', line: 10, column: 33, endLine: 10, endColumn: 38 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const ps = podSpecOf(obj);
    if (!ps) return;
    for (const c of containersOf(ps.spec, ps.path)) {
      if (c.list === 'ephemeralContainers') continue;
      const value = asRecord(c.container.securityContext)?.readOnlyRootFilesystem;
      if (value === true) continue;
      const explicit = value === false;
      ctx.report({
        messageId: explicit ? 'setFalse' : 'notSet',
        data: { container: containerLabel(c) },
        range: explicit ? obj.range([...c.path, 'securityContext', 'readOnlyRootFilesystem']) : containerAnchor(obj, c),
      });
    }
  },
};
