/**
 * The slide canvas (a fixed 1280x720 page, scaled to its box in CSS: components/present/present.css): the measure
 * of what a slide's content loses past its edges. Pure geometry: no DOM access here, the client hook passes sizes in.
 */

/** The scroll sizes of an element, as the DOM reports them. */
export interface ScrollBox {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

export interface Overflow {
  /** Canvas pixels cut off below the slide. */
  bottom: number;
  /** Canvas pixels cut off to the right of the slide. */
  right: number;
  /** Inner blocks (code, wide tables, diagrams) that would need scrolling to be read. */
  scrolled: number;
}

/** Browsers round scroll sizes; one pixel is not content lost. */
const TOLERANCE = 1;

/** What a slide loses: `slide` is the canvas content box, `inner` its blocks that scroll on their own. */
export function measureOverflow(slide: ScrollBox, inner: readonly ScrollBox[]): Overflow {
  const lost = (scroll: number, client: number) => (scroll - client > TOLERANCE ? scroll - client : 0);
  return {
    bottom: lost(slide.scrollHeight, slide.clientHeight),
    right: lost(slide.scrollWidth, slide.clientWidth),
    scrolled: inner.filter((box) => lost(box.scrollWidth, box.clientWidth) > 0 || lost(box.scrollHeight, box.clientHeight) > 0).length,
  };
}

export function overflows(overflow: Overflow): boolean {
  return overflow.bottom > 0 || overflow.right > 0 || overflow.scrolled > 0;
}

/** One Korean line for the presenter: what is cut off and how much. */
export function overflowMessage(overflow: Overflow): string {
  const parts: string[] = [];
  if (overflow.bottom > 0) parts.push(`아래로 ${Math.round(overflow.bottom)}px`);
  if (overflow.right > 0) parts.push(`오른쪽으로 ${Math.round(overflow.right)}px`);
  if (overflow.scrolled > 0) parts.push(`스크롤해야 보이는 블록 ${overflow.scrolled}개`);
  return `이 슬라이드는 16:9 화면을 넘칩니다: ${parts.join(', ')}. 청중에게는 잘려 보이니 슬라이드를 나누세요.`;
}
