import { describe, expect, it } from 'vitest';
import { measureOverflow, overflowMessage, overflows } from './canvas';

const box = (scrollWidth: number, clientWidth: number, scrollHeight: number, clientHeight: number) => ({
  scrollWidth,
  clientWidth,
  scrollHeight,
  clientHeight,
});

describe('measureOverflow', () => {
  it('reports the pixels lost below and to the right, ignoring rounding', () => {
    expect(measureOverflow(box(1280, 1280, 721, 720), [])).toEqual({ bottom: 0, right: 0, scrolled: 0 });
    expect(measureOverflow(box(1300, 1280, 900, 720), [])).toEqual({ bottom: 180, right: 20, scrolled: 0 });
  });
  it('counts inner blocks that would need scrolling', () => {
    const overflow = measureOverflow(box(1280, 1280, 720, 720), [box(800, 600, 300, 300), box(600, 600, 300, 300), box(600, 600, 500, 300)]);
    expect(overflow).toEqual({ bottom: 0, right: 0, scrolled: 2 });
    expect(overflows(overflow)).toBe(true);
    expect(overflows({ bottom: 0, right: 0, scrolled: 0 })).toBe(false);
  });
  it('says in Korean what the audience loses', () => {
    expect(overflowMessage({ bottom: 180.4, right: 0, scrolled: 1 })).toBe(
      '이 슬라이드는 16:9 화면을 넘칩니다: 아래로 180px, 스크롤해야 보이는 블록 1개. 청중에게는 잘려 보이니 슬라이드를 나누세요.',
    );
  });
});
