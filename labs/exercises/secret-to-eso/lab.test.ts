import { describe, expect, it } from 'vitest';
import { failing, gradeSet, ruleOnSolutions, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab secret-to-eso', () => {
  it('starter fails no-plaintext, secret-key-ref, external-secret-v1 and creates-the-secret', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['no-plaintext', 'secret-key-ref', 'external-secret-v1', 'creates-the-secret']);
    const v1 = gradeSet(lab, starterSet(lab)).objectives.find((o) => o.id === 'external-secret-v1')!;
    expect(v1).toMatchObject({ file: 'external-secret.yaml', range: { line: 1, column: 13, endLine: 1, endColumn: 40 } });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(4);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['ExternalSecret 파일을 비운다', ['no-plaintext', 'external-secret-v1', 'creates-the-secret']],
    ['Deployment를 지운다', ['app-unchanged', 'no-plaintext', 'secret-key-ref', 'creates-the-secret']],
    ['v1beta1을 그대로 둔다', ['external-secret-v1']],
    ['stringData Secret을 직접 만든다', ['no-plaintext', 'external-secret-v1', 'creates-the-secret']],
    ['다른 Secret 이름을 참조한다', ['creates-the-secret']],
    ['키 이름이 맞지 않는다', ['creates-the-secret']],
    ['envFrom으로 Secret 전체를 받는다', ['secret-key-ref', 'creates-the-secret']],
    ['dataFrom이 만드는 키는 password뿐이다', ['creates-the-secret']],
    ['rewrite가 다른 이름을 만든다', ['creates-the-secret']],
    ['template이 키를 대체한다', ['creates-the-secret']],
    ['template이 고정된 값을 넣는다', ['creates-the-secret']],
    ['template에 평문 비밀번호', ['no-plaintext', 'creates-the-secret']],
    ['creationPolicy: Merge', ['creates-the-secret']],
    ['creationPolicy: None', ['creates-the-secret']],
    ['다른 Namespace에 만든다', ['creates-the-secret']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(15);
  });
  it.each([
    [
      'dataFrom이 만드는 키는 password뿐이다',
      'Secret "app-secrets"에 Deployment "app"이(가) 참조하는 키 "database-password"가 생기지 않습니다. ESO가 만드는 키는 "password", "username"뿐입니다. data의 secretKey, dataFrom의 rewrite, target.template 가운데 하나로 키를 맞추세요.',
    ],
    [
      'template이 키를 대체한다',
      'Secret "app-secrets"에 Deployment "app"이(가) 참조하는 키 "database-password"가 생기지 않습니다. ESO가 만드는 키는 "database-url"뿐입니다. data의 secretKey, dataFrom의 rewrite, target.template 가운데 하나로 키를 맞추세요.',
    ],
    [
      'template이 고정된 값을 넣는다',
      'target.template이 Deployment "app"이(가) 참조하는 키 "database-password"에 저장소의 값이 아닌 고정된 값을 넣습니다. 템플릿에서 data나 dataFrom으로 가져온 키를 읽으세요(Go 템플릿의 .키이름).',
    ],
  ])('bypass "%s" names the keys ESO makes', (name, reason) => {
    const o = gradeSet(lab, solutions.bypasses.find((x) => x.name === name)!.files).objectives.find((x) => x.id === 'creates-the-secret')!;
    expect(o.reason).toBe(reason);
  });
  it("the CLI's k8s/eso-missing-key flags on its own what it can know, on the ExternalSecret", () => {
    const r = gradeSet(lab, solutions.bypasses.find((x) => x.name === '키 이름이 맞지 않는다')!.files);
    const found = r.result.results.flatMap((f) =>
      f.findings.filter((x) => x.ruleId === 'k8s/eso-missing-key').map((x) => ({ file: f.file, line: x.line, column: x.column })),
    );
    expect(found).toEqual([{ file: 'external-secret.yaml', line: 14, column: 3 }]);
    expect(r.objectives.find((o) => o.id === 'creates-the-secret')).toMatchObject({
      file: 'external-secret.yaml',
      range: { line: 14, column: 3, endLine: 14, endColumn: 7 },
    });
  });
  it('k8s/eso-missing-key stays silent on the solutions of every lab', async () => {
    expect(await ruleOnSolutions('k8s/eso-missing-key')).toEqual([]);
  });
});
