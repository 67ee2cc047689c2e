/** Objectives shared by the secret labs: the leaked demo password must not stay in an image or a manifest. */
import { asArray, asRecord, expandBuildVars, readScript, varsAt } from '@w7/grader';
import { containsString, envSource, fail, findApp, isApp, noFindings, ok } from './checks';
import { runScript, sourceOf } from './run-scripts';
import type { LabContext, ObjectiveResult } from './types';

/** The leaked value: it must not stay anywhere in the image or the manifest. */
export const LEAKED = 'secret123';

/** Base64 (standard or URL-safe), hex, percent and backslash escapes of a text, decoded. */
function decodings(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9+/_-]{8,}={0,2}/g)) {
    const b64 = m[0].replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
    // Every offset: the encoded value may start inside a longer token (`abcYzZWNyZXQxMjM`).
    for (let k = 0; k < 4 && k < b64.length; k++) {
      const part = b64.slice(k, k + Math.floor((b64.length - k) / 4) * 4);
      try {
        out.push(atob(part));
      } catch {
        // not base64 from this offset
      }
    }
  }
  for (const m of text.matchAll(/(?:[0-9a-fA-F]{2}){6,}/g)) out.push(m[0].replace(/../g, (h) => String.fromCharCode(parseInt(h, 16))));
  if (text.includes('%')) out.push(text.replace(/%([0-9a-fA-F]{2})/g, (_w, h: string) => String.fromCharCode(parseInt(h, 16))));
  if (text.includes('\\'))
    out.push(text.replace(/\\x([0-9a-fA-F]{2})|\\([0-7]{1,3})/g, (_w, h?: string, o?: string) => String.fromCharCode(h ? parseInt(h, 16) : parseInt(o!, 8))));
  return out;
}

/** Does a text hold the leaked value, written out, reversed or encoded? */
export function holdsLeak(text: string): boolean {
  if (text.includes(LEAKED) || [...text].reverse().join('').includes(LEAKED)) return true;
  return decodings(text).some((d) => d.includes(LEAKED));
}

/**
 * The leaked value anywhere in the build: any instruction's text (ENV, ARG, LABEL, RUN, heredocs) written out,
 * reversed or encoded (base64, hex, escapes), ARG/ENV values after expansion, and every word a RUN script passes
 * once its shell and build variables are expanded (`A=sec; B=ret123; echo $A$B`).
 */
export function leakInDockerfile(ctx: LabContext, file: string): ObjectiveResult | null {
  const df = ctx.dockerfile(file);
  if (!df) return null;
  for (const ins of df.instructions) {
    const source = sourceOf(df.text, ins);
    const stage = ins.stage >= 0 ? df.stages[ins.stage] : undefined;
    if ('pairs' in ins) {
      const vars = stage ? varsAt(df, stage, ins) : new Map<string, string | null>();
      const hit = ins.pairs.find((p) => p.value !== null && holdsLeak(expandBuildVars(p.value, vars) ?? p.value));
      if (hit)
        return fail(
          `${ins.keyword} ${hit.key}: 유출된 비밀번호가 이미지 설정과 history에 남습니다. 이름을 바꾸거나 인코딩해도 같은 값입니다.`,
          file,
          hit.range,
        );
    }
    if (holdsLeak(source))
      return fail(`${ins.keyword}: 유출된 비밀번호(또는 그 인코딩)가 Dockerfile에 남아 이미지 레이어나 history로 들어갑니다.`, file, ins.range);
    if (ins.kind === 'run' && stage) {
      const build = varsAt(df, stage, ins);
      const read = readScript(
        `${Object.entries(Object.fromEntries(build))
          .filter(([, v]) => v !== null)
          .map(([k, v]) => `${k}=${shellQuote(v!)}`)
          .join('\n')}\n${runScript(source)}`,
      );
      if (read.ok && read.reading.commands.some((c) => [c.name, ...c.args.map((a) => a.value)].some((w) => holdsLeak(w)))) {
        return fail('RUN: 셸 변수와 빌드 변수를 펼치면 유출된 비밀번호가 나옵니다. 조각으로 나눠도 이미지 레이어에 남습니다.', file, ins.range);
      }
    }
  }
  return null;
}

function shellQuote(v: string): string {
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

/** No plaintext password in a manifest: no literal env value, no Secret with data, not the leaked value anywhere. */
export function noPlaintextInManifest(ctx: LabContext, file: string): ObjectiveResult {
  const bad = noFindings(ctx, file, ['k8s/env-secret-value', 'k8s/secret-stringdata'], '');
  if (!bad.pass) return bad;
  for (const obj of ctx.objects(file)) {
    const key =
      obj.kind === 'Secret' ? (['data', 'stringData'] as const).find((k) => Object.keys(asRecord(asRecord(obj.value)?.[k]) ?? {}).length > 0) : undefined;
    if (key)
      return fail(
        `Secret "${obj.name ?? ''}"의 값이 매니페스트에 들어 있습니다. base64는 암호화가 아니고, 저장소에 평문으로 남습니다.`,
        file,
        obj.keyRange([key]),
      );
    if (containsString(obj.value, LEAKED) || stringsOf(obj.value).some(holdsLeak))
      return fail(`유출된 비밀번호(${LEAKED}, 또는 그 인코딩)가 ${obj.kind ?? '객체'} "${obj.name ?? ''}"에 남아 있습니다.`, file, obj.docRange);
  }
  return ok(`${file}에 평문 비밀번호가 없습니다.`);
}

/** Every string (keys and scalars) in a parsed value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  const rec = asRecord(value);
  return rec ? Object.entries(rec).flatMap(([k, v]) => [k, ...stringsOf(v)]) : [];
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
