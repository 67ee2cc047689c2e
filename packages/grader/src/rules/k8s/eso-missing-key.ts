/**
 * k8s/eso-missing-key: a Pod or workload reads a key of a Secret that an ExternalSecret creates, and ESO will not put
 * that key in the Secret (or puts a constant there). Sees the objects of one grading call: the files given together.
 */
import type { YamlRule } from '../../rule';
import type { Report } from '../../types';
import type { K8sObject } from '../../yaml/document';
import { asArray, asRecord, containersOf, podSpecOf } from '../../k8s';
import { externalSecretKeys, type SecretStoreContents } from '../_shared/eso';

/** A key of a Secret that a Pod reads: env valueFrom.secretKeyRef, or the items of a secret or projected volume. */
interface KeyRef {
  key: string;
  /** `Deployment "app"`: who reads it. */
  consumer: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The Secret the ExternalSecret writes: spec.target.name, else its own name. */
function targetName(es: K8sObject): string | undefined {
  return str(asRecord(asRecord(asRecord(es.value)?.spec)?.target)?.name) ?? es.name;
}

/**
 * The keys of Secret `secret` in `namespace` that the Pods of `objects` need. An `optional` reference is left out (a
 * missing key is then no error), and so is envFrom, which takes whatever keys the Secret has.
 */
function keyRefs(objects: readonly K8sObject[], secret: string, namespace: string): KeyRef[] {
  const out: KeyRef[] = [];
  for (const o of objects) {
    const pod = podSpecOf(o);
    if (!pod || (o.namespace ?? 'default') !== namespace) continue;
    const consumer = `${o.kind} "${o.name ?? ''}"`;
    for (const c of containersOf(pod.spec, pod.path)) {
      for (const env of asArray(c.container.env)) {
        const ref = asRecord(asRecord(asRecord(env)?.valueFrom)?.secretKeyRef);
        const key = str(ref?.key);
        if (key !== undefined && str(ref?.name) === secret && ref?.optional !== true) out.push({ key, consumer });
      }
    }
    for (const v of asArray(pod.spec.volumes)) {
      const vol = asRecord(v);
      const sources = [
        { ref: asRecord(vol?.secret), name: 'secretName' },
        ...asArray(asRecord(vol?.projected)?.sources).map((s) => ({ ref: asRecord(asRecord(s)?.secret), name: 'name' })),
      ];
      for (const { ref, name } of sources) {
        if (!ref || str(ref[name]) !== secret || ref.optional === true) continue;
        for (const item of asArray(ref.items)) {
          const key = str(asRecord(item)?.key);
          if (key !== undefined) out.push({ key, consumer });
        }
      }
    }
  }
  return out;
}

/**
 * Does the ExternalSecret put `ref.key` into its Secret with a value from the store? 'made' when it does, 'unknown'
 * when its key set cannot be known (dataFrom of a remote secret not in `store`, find, templateFrom), else the report.
 * The secret-to-eso lab asks the same with what its store holds.
 */
export function checkEsoKey(es: K8sObject, ref: KeyRef, store: SecretStoreContents = {}): 'made' | 'unknown' | Report {
  const keys = externalSecretKeys(es, store);
  const spec = asRecord(asRecord(es.value)?.spec);
  if (keys.constant.has(ref.key)) {
    return {
      messageId: 'constantTemplate',
      data: { key: ref.key, consumer: ref.consumer },
      range: es.keyRange(['spec', 'target', 'template', 'data', ref.key]),
    };
  }
  if (keys.fromStore.has(ref.key)) return 'made';
  if (keys.open) return 'unknown';
  const made = [...keys.fromStore, ...keys.constant].sort().map((k) => `"${k}"`);
  const where = asRecord(asRecord(spec?.target)?.template)
    ? ['spec', 'target', 'template']
    : spec?.data !== undefined
      ? ['spec', 'data']
      : spec?.dataFrom !== undefined
        ? ['spec', 'dataFrom']
        : ['spec'];
  return {
    messageId: 'missingKey',
    data: {
      secret: targetName(es) ?? '',
      key: ref.key,
      consumer: ref.consumer,
      made:
        made.length > 0
          ? { ko: `ESO가 만드는 키는 ${made.join(', ')}뿐입니다`, en: `ESO creates only ${made.join(', ')}` }
          : { ko: 'ESO가 만드는 키가 없습니다', en: 'ESO creates no key at all' },
    },
    range: es.keyRange(where),
  };
}

const deployment = (key: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: production
spec:
  selector:
    matchLabels: {app: myapp}
  template:
    metadata:
      labels: {app: myapp}
    spec:
      containers:
        - name: app
          image: registry.example.com/myapp:1.0.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: app-secrets
                  key: ${key}
---
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: app-secrets
  namespace: production
spec:
  secretStoreRef:
    name: aws-secrets-manager
    kind: SecretStore
  data:
    - secretKey: database-password
      remoteRef:
        key: production/database
        property: password
`;

export const esoMissingKey: YamlRule = {
  meta: {
    id: 'k8s/eso-missing-key',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'ExternalSecret이 Pod가 읽는 키를 만들지 않음', en: 'ExternalSecret does not create the key a Pod reads' },
    why: {
      ko: 'External Secrets Operator는 ExternalSecret의 data[].secretKey, dataFrom(rewrite 적용 뒤의 이름), target.template의 키로 Secret을 만듭니다. Pod의 secretKeyRef나 secret 볼륨의 items가 그 밖의 키를 읽으면 컨테이너가 CreateContainerConfigError로 시작하지 못하고, 급하게 고치다 평문 값을 매니페스트에 다시 적게 됩니다. template이 키에 고정된 값을 넣으면 저장소의 비밀값 대신 Git에 적힌 값이 쓰입니다. 이 규칙은 함께 채점하는 파일들(CLI에 함께 넘긴 파일들, 한 파일만 주면 그 파일)의 객체만 봅니다. dataFrom이 가져오는 키나 templateFrom은 저장소를 봐야 알 수 있어 판단하지 않고, 모든 키를 받는 envFrom과 optional 참조도 보지 않습니다.',
      en: "External Secrets Operator builds the Secret from the ExternalSecret's data[].secretKey, its dataFrom keys (after rewrite) and the keys of target.template. A Pod whose secretKeyRef or secret volume items read any other key fails with CreateContainerConfigError, and the hurried fix tends to put the plaintext value back in the manifest. A template key with a fixed value uses what is written in Git instead of the store's secret. The rule sees the objects of the files graded together (the files given to the CLI at once; with one file, that file alone). Keys that dataFrom fetches and templateFrom need the store to be known, so they are not judged, nor are envFrom (it takes every key) and optional references.",
    },
    fix: {
      ko: 'Pod가 읽는 키 이름과 ExternalSecret이 만드는 키 이름을 맞추세요: data[].secretKey를 바꾸거나, dataFrom의 rewrite로 이름을 바꾸거나, target.template.data에 그 키를 두고 값은 가져온 키를 읽는 템플릿(Go 템플릿의 .키이름)으로 쓰세요.',
      en: 'Make the key the Pod reads and the key the ExternalSecret creates the same: rename data[].secretKey, rename with a dataFrom rewrite, or add the key to target.template.data with a template that reads a fetched key (.name in Go templates).',
    },
    refs: { url: 'https://external-secrets.io/latest/guides/templating/' },
    securitySeverity: 3.0,
    messages: {
      missingKey: {
        ko: 'Secret "{{secret}}"에 {{consumer}}이(가) 참조하는 키 "{{key}}"가 생기지 않습니다. {{made}}. data의 secretKey, dataFrom의 rewrite, target.template 가운데 하나로 키를 맞추세요.',
        en: 'The Secret "{{secret}}" gets no key "{{key}}", which {{consumer}} references. {{made}}. Match the key with a data secretKey, a dataFrom rewrite or target.template.',
      },
      constantTemplate: {
        ko: 'target.template이 {{consumer}}이(가) 참조하는 키 "{{key}}"에 저장소의 값이 아닌 고정된 값을 넣습니다. 템플릿에서 data나 dataFrom으로 가져온 키를 읽으세요(Go 템플릿의 .키이름).',
        en: 'target.template puts a fixed value, not one from the store, into key "{{key}}", which {{consumer}} references. Read a fetched key in the template (.name in Go templates).',
      },
    },
    examples: {
      bad: [{ file: 'app.yaml', text: deployment('password'), errors: [{ messageId: 'missingKey', line: 32, column: 3, endLine: 32, endColumn: 7 }] }],
      good: [{ file: 'app.yaml', text: deployment('database-password') }],
    },
  },
  check(obj, ctx, input) {
    if (obj.kind !== 'ExternalSecret' || !obj.apiVersion?.startsWith('external-secrets.io/')) return;
    // None and Merge leave the Secret to someone else: its other keys cannot be known
    const policy = str(asRecord(asRecord(asRecord(obj.value)?.spec)?.target)?.creationPolicy);
    const secret = targetName(obj);
    if (policy === 'None' || policy === 'Merge' || secret === undefined) return;
    const seen = new Set<string>();
    for (const ref of keyRefs(input.objects, secret, obj.namespace ?? 'default')) {
      if (seen.has(ref.key)) continue;
      seen.add(ref.key);
      const verdict = checkEsoKey(obj, ref);
      if (typeof verdict === 'object') ctx.report(verdict);
    }
  },
};
