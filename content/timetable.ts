/**
 * The class timetable: the one source for the home page, the navigation, chapter headers
 * and (later) the live-class clock. Times are Asia/Seoul wall-clock "HH:MM".
 * A block's `chapter` is the id in the chapter's front matter; its start/end must match.
 */
export type SlotKind = 'block' | 'break';

export interface Slot {
  kind: SlotKind;
  start: string;
  end: string;
  title: string;
  /** Chapter id, for blocks. */
  chapter?: string;
}

export const COURSE_TITLE = '7주차: Docker & Kubernetes 보안 실전';
export const COURSE_TIME_ZONE = 'Asia/Seoul';

export const timetable: readonly Slot[] = [
  { kind: 'block', start: '10:00', end: '10:20', title: '근황 토크 & 과제 피드백', chapter: 'intro' },
  { kind: 'break', start: '10:20', end: '10:25', title: '휴식' },
  { kind: 'block', start: '10:25', end: '10:50', title: 'Docker/Container/Kubernetes 기본 이해', chapter: 'basics' },
  { kind: 'break', start: '10:50', end: '11:00', title: '휴식' },
  { kind: 'block', start: '11:00', end: '11:25', title: '컨테이너 보안 Best Practices', chapter: 'container-security' },
  { kind: 'break', start: '11:25', end: '11:30', title: '휴식' },
  { kind: 'block', start: '11:30', end: '11:50', title: 'Kubernetes 보안 아키텍처 & Best Practices', chapter: 'kubernetes-security' },
  { kind: 'break', start: '11:50', end: '11:55', title: '휴식' },
  { kind: 'block', start: '11:55', end: '12:00', title: '실습 및 Q&A', chapter: 'hands-on' },
];
