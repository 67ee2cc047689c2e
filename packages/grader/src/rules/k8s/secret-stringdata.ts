import type { YamlRule } from '../../rule';
import { asRecord } from '../../k8s';

const secret = (body: string) => `apiVersion: v1
kind: Secret
metadata:
  name: db-secret
type: Opaque
${body}`;

export const secretStringdata: YamlRule = {
  meta: {
    id: 'k8s/secret-stringdata',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'Secret 값이 매니페스트에 커밋됨', en: 'Secret values committed in the manifest' },
    why: {
      ko: 'stringData는 평문, data는 base64일 뿐(암호화 아님)이라 Git에 올리면 저장소를 읽을 수 있는 모든 사람에게 비밀값이 노출되고 이력에서 지우기도 어렵습니다.',
      en: 'stringData is plaintext and data is only base64 (not encryption): committed to Git, the values are exposed to everyone who can read the repository and stay in its history.',
    },
    fix: {
      ko: 'External Secrets Operator(ExternalSecret), Sealed Secrets(SealedSecret) 또는 SOPS로 암호화한 파일을 커밋하고, 평문 Secret은 클러스터 안에서만 만들어지게 하세요.',
      en: 'Commit an ExternalSecret (External Secrets Operator), a SealedSecret or a SOPS-encrypted file instead, so the plaintext Secret only exists in the cluster.',
    },
    refs: { url: 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/' },
    securitySeverity: 6.5,
    messages: {
      plaintext: {
        ko: 'Secret "{{name}}"의 stringData에 평문 비밀값이 들어 있습니다. Git에 커밋하지 말고 ESO, Sealed Secrets, SOPS를 쓰세요.',
        en: 'Secret "{{name}}" has plaintext values in stringData; use ESO, Sealed Secrets or SOPS instead of committing it.',
      },
      base64: {
        ko: 'Secret "{{name}}"의 data는 base64 인코딩일 뿐 암호화가 아닙니다. Git에 커밋하지 말고 ESO, Sealed Secrets, SOPS를 쓰세요.',
        en: 'Secret "{{name}}" data is only base64-encoded, not encrypted; use ESO, Sealed Secrets or SOPS instead of committing it.',
      },
    },
    examples: {
      good: [
        {
          file: 'es.yaml',
          text: 'apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: db-secret\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: SecretStore\n  data:\n    - secretKey: password\n      remoteRef:\n        key: production/database\n',
        },
      ],
      bad: [
        {
          file: 'secret.yaml',
          text: secret('stringData:\n  password: change-me\n'),
          errors: [{ messageId: 'plaintext', line: 6, column: 1, endLine: 6, endColumn: 11 }],
        },
        {
          file: 'secret.yaml',
          text: secret('data:\n  password: Y2hhbmdlLW1l\n'),
          errors: [{ messageId: 'base64', line: 6, column: 1, endLine: 6, endColumn: 5 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (obj.kind !== 'Secret' || obj.apiVersion !== 'v1') return;
    const root = asRecord(obj.value);
    if (!root) return;
    for (const field of ['stringData', 'data'] as const) {
      const map = asRecord(root[field]);
      if (!map || Object.keys(map).length === 0) continue;
      ctx.report({
        messageId: field === 'stringData' ? 'plaintext' : 'base64',
        data: { name: obj.name ?? '' },
        range: obj.keyRange([field]),
      });
    }
  },
};
