import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

const ALL = ['runs-app', 'non-root', 'numeric-user', 'no-way-back'];
const USER = ['non-root', 'numeric-user'];

describe('lab dockerfile-nonroot', () => {
  it('starter fails non-root and numeric-user', () => {
    expect(failing(lab, starterSet(lab))).toEqual(USER);
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(4);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ALL],
    ['원본 노트처럼 RUN 안에서 USER를 쓴다', USER],
    ['이름으로만 적는다', ['numeric-user']],
    ['USER 0으로 바꾼다', USER],
    ['앱 실행을 지운다', ['runs-app']],
    ['베이스 이미지를 바꾼다', ['runs-app']],
    ['비루트로 바꾼 뒤 다시 root로 돌아간다', USER],
    ['ARG 기본값 0을 USER에 쓴다', USER],
    ['기본값 없는 ARG를 USER에 쓴다', USER],
    ['ENV로 root를 넣는다', USER],
    ['${VAR:-0} 기본값이 root', USER],
    ['공유 base stage 뒤에서 root로 돌아간다', USER],
    ['base 스테이지의 root를 이어받는다', USER],
    ['비루트 USER는 빌드 stage에만 있다', USER],
    ['chmod u+s로 setuid를 건다', ['no-way-back']],
    ['COPY --chmod=4755', ['no-way-back']],
    ['비밀번호 없는 sudo', ['no-way-back']],
    ['doas permit nopass', ['no-way-back']],
    ['root 비밀번호를 지운다', ['no-way-back']],
    ['setcap으로 capability를 붙인다', ['no-way-back']],
    ['setuid 파일을 다른 스테이지에서 COPY --from', ['no-way-back']],
  ])('bypass "%s" fails %j', (name, ids) => {
    const b = solutions.bypasses.find((x) => x.name === name)!;
    expect(failing(lab, b.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(21);
  });
  it('shows what a USER with variables resolves to, at the USER value', () => {
    const o = gradeSet(lab, solutions.bypasses.find((x) => x.name === 'ARG 기본값 0을 USER에 쓴다')!.files).objectives.find((x) => x.id === 'numeric-user')!;
    expect(o).toMatchObject({ reason: 'USER ${UID} (= 0): UID 0은 root입니다.', range: { line: 4, column: 6, endLine: 4, endColumn: 12 } });
  });
});
