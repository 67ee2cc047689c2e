/**
 * restrictedVolumes (restricted, v1.0+): only configMap, csi, downwardAPI, emptyDir, ephemeral,
 * image, persistentVolumeClaim, projected and secret volumes. Overrides hostPathVolumes.
 * (image was patched into the single v1.0 revision upstream, so it is allowed at every version.)
 * A volume with no known source is defaulted to emptyDir by the API server, so it passes.
 * Upstream: policy/check_restrictedVolumes.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asArr, asObj, asStr, joinQuote, key, pluralize, sortedUnique } from '../../pss/pod';

export const ALLOWED_VOLUME_TYPES: readonly string[] = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

/** Volume sources restricted forbids, in upstream's order of precedence. */
export const RESTRICTED_VOLUME_TYPES: readonly string[] = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
];

const present = (vol: Record<string, unknown>, k: string): boolean => vol[k] !== undefined && vol[k] !== null;

function restrictedVolumes_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const badVolumes: string[] = [];
  const badTypes: string[] = [];
  const locations: Location[] = [];
  asArr(asObj(podSpec)?.volumes).forEach((v, i) => {
    const vol = asObj(v);
    if (!vol) return;
    if (ALLOWED_VOLUME_TYPES.some((t) => present(vol, t))) return;
    const type = RESTRICTED_VOLUME_TYPES.find((t) => present(vol, t));
    if (!type) return;
    badVolumes.push(asStr(vol.name) ?? '');
    badTypes.push(type);
    locations.push(key(['spec', 'volumes', i, type]));
  });
  if (badVolumes.length === 0) return ALLOWED;
  const types = sortedUnique(badTypes);
  return {
    allowed: false,
    forbiddenReason: 'restricted volume types',
    forbiddenDetail: `${pluralize('volume', 'volumes', badVolumes.length)} ${joinQuote(badVolumes)} ${pluralize('uses', 'use', badVolumes.length)} ${pluralize('restricted volume type', 'restricted volume types', types.length)} ${joinQuote(types)}`,
    forbiddenDetailKo: `volume ${joinQuote(badVolumes)}의 유형은 restricted에서 허용되지 않습니다: ${joinQuote(types)} (configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret만 허용)`,
    locations,
  };
}

export const restrictedVolumes: PssCheckModule = {
  check: {
    id: 'restrictedVolumes',
    level: 'restricted',
    versions: [{ minimumVersion: 0, checkPod: restrictedVolumes_1_0, overrideCheckIds: ['hostPathVolumes'] }],
  },
  doc: {
    title: { ko: '허용된 volume 유형만 사용', en: 'Only allowed volume types' },
    why: {
      ko: 'hostPath, nfs, gitRepo 같은 volume은 노드나 외부 스토리지에 직접 닿아 권한 상승이나 데이터 노출의 통로가 됩니다. restricted는 PV를 거치는 안전한 유형만 허용합니다.',
      en: 'Volumes such as hostPath, nfs or gitRepo reach the node or storage directly. Restricted allows only safe types (PersistentVolumes go through PVCs).',
    },
    fix: {
      ko: 'configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret 중 하나로 바꾸세요. 네트워크 스토리지는 PV + PVC로 쓰세요.',
      en: 'Use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret; use network storage through a PV and a PVC.',
    },
    anchor: 'restricted',
    securitySeverity: 7.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec({ tail: '  volumes:\n    - name: tmp\n      emptyDir: {}\n' })) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec({ tail: '  volumes:\n    - name: data\n      nfs:\n        server: nfs.example.com\n        path: /exports\n' })),
          errors: [{ messageId: 'violation', line: 19, column: 7, endLine: 19, endColumn: 10 }],
        },
      ],
    },
  },
};
