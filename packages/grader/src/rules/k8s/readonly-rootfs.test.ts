import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { readonlyRootfs } from './readonly-rootfs';
import { deploymentOf, HARDENED_POD, podWith } from '../../../test/hardened-pod';
import { yaml } from '../../../test/yaml-rules';

const run = (t: string) => runRules([readonlyRootfs], t);

describe('k8s/readonly-rootfs', () => {
  it('accepts readOnlyRootFilesystem: true', () => {
    expect(run(yaml(...HARDENED_POD))).toEqual([]);
  });

  it('points at the container name when the setting is missing', () => {
    const f = run(podWith(11, '        runAsNonRoot: true'));
    expect(f.map(at)).toEqual(['k8s/readonly-rootfs@8:13-8:16']);
    expect(f[0]!.message).toBe(
      'containers[0] "app": securityContext.readOnlyRootFilesystem: true가 없어 루트 파일시스템에 쓸 수 있습니다. 쓰기 경로(/tmp 등)는 emptyDir로 마운트하세요.',
    );
    expect(f[0]!.severity).toBe('warning');
  });

  it('points at an explicit false', () => {
    const f = run(podWith(11, '        readOnlyRootFilesystem: false'));
    expect(f.map(at)).toEqual(['k8s/readonly-rootfs@11:33-11:38']);
    expect(f[0]!.messageEn).toBe('containers[0] "app": readOnlyRootFilesystem is false, so the root filesystem is writable.');
  });

  it('checks init containers and workload templates, not ephemeral containers', () => {
    const t = podWith(
      7,
      '  initContainers:',
      '    - name: init',
      '      image: busybox:1.36',
      '  ephemeralContainers:',
      '    - name: debug',
      '      image: busybox:1.36',
      '  containers:',
    );
    expect(run(t).map(at)).toEqual(['k8s/readonly-rootfs@8:13-8:17']);
    expect(run(deploymentOf(podWith(11, '        runAsNonRoot: true'))).map(at)).toEqual(['k8s/readonly-rootfs@14:17-14:20']);
  });

  it('ignores objects without a pod spec', () => {
    expect(run(yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s'))).toEqual([]);
  });
});
