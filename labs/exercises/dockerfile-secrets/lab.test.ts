import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab dockerfile-secrets', () => {
  it('starter fails no-secret-in-image and secret-at-runtime', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['no-secret-in-image', 'secret-at-runtime']);
    const o = gradeSet(lab, starterSet(lab)).objectives[0]!;
    expect(o).toMatchObject({ file: 'Dockerfile', range: { line: 2 }, rules: ['docker/secret-in-env', 'docker/secret-file'] });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(3);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['ENV 이름만 바꾼다', ['no-secret-in-image']],
    ['ARG로 옮긴다', ['no-secret-in-image']],
    ['RUN으로 파일에 써 넣는다', ['no-secret-in-image']],
    ['Deployment의 env value로 옮긴다', ['secret-at-runtime', 'no-plaintext-in-manifest']],
    ['stringData Secret을 같은 파일에 넣는다', ['no-plaintext-in-manifest']],
    ['Deployment를 지운다', ['secret-at-runtime', 'no-plaintext-in-manifest']],
    ['이미지를 바꾼다', ['secret-at-runtime']],
    ['실행 사용자를 root로 되돌린다', ['runs-app']],
    ['RUN heredoc으로 파일에 쓴다', ['no-secret-in-image']],
    ['COPY heredoc으로 .env를 만든다', ['no-secret-in-image']],
    ['빌드 인수로 받아 RUN에서 쓴다', ['no-secret-in-image']],
    ['COPY .env', ['no-secret-in-image']],
    ['base64로 인코딩해 ENV에 둔다', ['no-secret-in-image']],
    ['base64를 RUN에서 풀어 쓴다', ['no-secret-in-image']],
    ['hex 이스케이프로 쓴다', ['no-secret-in-image']],
    ['셸 변수로 조각낸다', ['no-secret-in-image']],
    ['ENV 두 개로 조각낸다', ['no-secret-in-image']],
    ['따옴표로 끊어 쓴다', ['no-secret-in-image']],
    ['거꾸로 쓴다', ['no-secret-in-image']],
    ['LABEL에 둔다', ['no-secret-in-image']],
    ['다른 비밀번호를 ENV에 둔다', ['no-secret-in-image']],
    ['secret mount를 파일로 옮긴다', ['no-secret-in-image']],
    ['같은 이름의 env를 뒤에 평문으로', ['secret-at-runtime', 'no-plaintext-in-manifest']],
    ['env에 base64로 둔다', ['no-plaintext-in-manifest']],
    ['ConfigMap에 넣고 envFrom으로 받는다', ['secret-at-runtime', 'no-plaintext-in-manifest']],
    ['List 안의 Secret에 평문', ['no-plaintext-in-manifest']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('names how the value got into the image', () => {
    const reason = (name: string) => gradeSet(lab, solutions.bypasses.find((x) => x.name === name)!.files).objectives[0]!.reason;
    expect(reason('셸 변수로 조각낸다')).toBe('RUN: 셸 변수와 빌드 변수를 펼치면 유출된 비밀번호가 나옵니다. 조각으로 나눠도 이미지 레이어에 남습니다.');
    expect(reason('base64로 인코딩해 ENV에 둔다')).toBe(
      'ENV APP_CONFIG: 유출된 비밀번호가 이미지 설정과 history에 남습니다. 이름을 바꾸거나 인코딩해도 같은 값입니다.',
    );
    expect(reason('COPY .env')).toBe('COPY .env: 비밀 파일을 이미지 레이어에 복사합니다.');
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(26);
  });
});
