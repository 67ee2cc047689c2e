/** parse/yaml-too-large: YAML files over the size limit, refused before parsing. Metadata only: the parsers and the engine report it. */
import type { MetaRule } from '../../rule';

export const yamlTooLarge: MetaRule = {
  meta: {
    id: 'parse/yaml-too-large',
    severity: 'error',
    target: 'parse',
    title: { ko: 'YAML 파일이 너무 큼', en: 'YAML file too large' },
    why: {
      ko: 'Kubernetes는 객체 하나를 약 1.5 MB(etcd 요청 한도)까지만 저장합니다. 1 MiB를 넘는 매니페스트 파일은 사람이 검토할 수 있는 크기가 아니며, 채점기를 느리게 만드는 공격 입력일 수 있어 읽지 않습니다.',
      en: 'Kubernetes stores objects of at most about 1.5 MB (the etcd request limit). A manifest file over 1 MiB is beyond human review and may be a denial-of-service input, so it is not read.',
    },
    fix: {
      ko: '파일을 여러 매니페스트로 나누거나, 큰 데이터는 ConfigMap 대신 이미지나 볼륨으로 옮기세요.',
      en: 'Split the file into several manifests, or move large data out of ConfigMaps into the image or a volume.',
    },
    messages: {
      tooLarge: {
        ko: 'YAML 파일이 너무 큽니다({{length}}자, 한도 {{limit}}자). 이 위치부터 한도를 넘으므로 파일을 읽지 않습니다.',
        en: 'The YAML file is too large ({{length}} characters, limit {{limit}}); it exceeds the limit from here and is not read.',
      },
    },
    examples: {
      good: [{ file: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: x\n' }],
      bad: [],
      noBadExample: {
        ko: '이 결과를 내려면 1 MiB가 넘는 파일이 필요해서 예시를 싣지 않습니다.',
        en: 'Producing it takes a file over 1 MiB, too large to show as an example.',
      },
    },
    securitySeverity: 2.0,
  },
};
