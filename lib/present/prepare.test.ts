import { describe, expect, it } from 'vitest';
import { preparationFor } from './prepare';

describe('preparationFor', () => {
  it('lists the labs of the chapter once each, in order', () => {
    const source = '## A\n\n<Lab id="dockerfile-hardening" />\n\ntext\n\n<Lab headingLevel={2} id=\'pod-security\'/>\n<Lab id="dockerfile-hardening" />';
    expect(preparationFor('컨테이너 보안', ['x'], source)).toEqual({
      title: '컨테이너 보안',
      prepare: [
        '실습 dockerfile-hardening: 브라우저에서 /labs/dockerfile-hardening 를 열어 두세요',
        '실습 pod-security: 브라우저에서 /labs/pod-security 를 열어 두세요',
      ],
    });
  });
  it('falls back to the first three objectives', () => {
    expect(preparationFor('기본', ['a', 'b', 'c', 'd'], 'no labs').prepare).toEqual(['목표: a', '목표: b', '목표: c']);
  });
});
