/** Objectives shared by the secret labs: the leaked demo password must not stay in an image or a manifest. */
import { asArray, asRecord } from '@w7/grader';
import { containsString, envSource, fail, findApp, isApp, noFindings, ok } from './checks';
import type { LabContext, ObjectiveResult } from './types';

/** The leaked value: it must not stay anywhere in the image or the manifest. */
export const LEAKED = 'secret123';

/** The leaked value in any ENV/ARG pair or any instruction argument (RUN, LABEL ...) of any stage. */
export function leakInDockerfile(ctx: LabContext, file: string): ObjectiveResult | null {
  for (const ins of ctx.dockerfile(file)?.instructions ?? []) {
    const pairHit = 'pairs' in ins ? ins.pairs.find((p) => p.value?.includes(LEAKED)) : undefined;
    if (pairHit) return fail(`${ins.keyword} ${pairHit.key}: 유출된 비밀번호가 이미지에 그대로 남습니다. 이름만 바꿔서는 안 됩니다.`, file, pairHit.range);
    const argHit = ins.args.find((a) => a.value.includes(LEAKED));
    if (argHit) return fail(`${ins.keyword}: 유출된 비밀번호가 이미지 레이어나 history에 남습니다.`, file, argHit.range);
  }
  return null;
}

/** No plaintext password in a manifest: no literal env value, no Secret with data, not the leaked value anywhere. */
export function noPlaintextInManifest(ctx: LabContext, file: string): ObjectiveResult {
  const bad = noFindings(ctx, file, ['k8s/env-secret-value', 'k8s/secret-stringdata'], '');
  if (!bad.pass) return bad;
  for (const obj of ctx.objects(file)) {
    const key = obj.kind === 'Secret' ? (['data', 'stringData'] as const).find((k) => Object.keys(asRecord(asRecord(obj.value)?.[k]) ?? {}).length > 0) : undefined;
    if (key) return fail(`Secret "${obj.name ?? ''}"의 값이 매니페스트에 들어 있습니다. base64는 암호화가 아니고, 저장소에 평문으로 남습니다.`, file, obj.keyRange([key]));
    if (containsString(obj.value, LEAKED)) return fail(`유출된 비밀번호(${LEAKED})가 ${obj.kind ?? '객체'} "${obj.name ?? ''}"에 남아 있습니다.`, file, obj.docRange);
  }
  return ok(`${file}에 평문 비밀번호가 없습니다.`);
}

/** The app container of the Deployment gets DB_PASSWORD from a Secret (secretKeyRef, or envFrom secretRef when allowed). */
export function passwordFromSecret(ctx: LabContext, file: string, allowEnvFrom = true): ObjectiveResult {
  const app = findApp(ctx, file, 'Deployment', 'registry.example.com/myapp');
  if (!isApp(app)) return app;
  const { w, c } = app;
  const src = envSource(c, 'DB_PASSWORD');
  const anchor = w.obj.keyRange(c.path);
  if (src?.kind === 'secret') return ok(`DB_PASSWORD는 Secret "${src.secret}"의 "${src.key}" 키에서 실행 시점에 들어옵니다.`);
  if (src?.kind === 'value') return fail('DB_PASSWORD가 평문 value로 적혀 있습니다. valueFrom.secretKeyRef로 Secret을 참조하세요.', file, anchor);
  if (src === null && allowEnvFrom) {
    const fromSecret = asArray(c.container.envFrom).some((e) => typeof asRecord(asRecord(e)?.secretRef)?.name === 'string');
    if (fromSecret) return ok('envFrom.secretRef로 Secret의 키가 실행 시점에 환경 변수로 들어옵니다.');
  }
  return fail('앱 컨테이너가 DB_PASSWORD를 받지 못합니다. env의 valueFrom.secretKeyRef로 Secret에서 받게 하세요.', file, anchor);
}
