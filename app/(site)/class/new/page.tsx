import type { Metadata } from 'next';
import { OpenClass } from '@/components/live/class/OpenClass';
import { COURSE_TITLE } from '@/lib/content';

export const metadata: Metadata = {
  title: { absolute: `수업 열기 | ${COURSE_TITLE}` },
  description: '강사용: 실시간 수업을 열고 참여 코드와 QR 코드를 받습니다.',
  robots: { index: false },
};

export default function OpenClassPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-xl px-4 py-10 outline-none">
      <h1 className="text-3xl font-bold tracking-tight">수업 열기</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        수업을 열면 참여 코드, QR 코드, 참여 주소가 나옵니다. 발표 화면(/present)이 이 수업으로 슬라이드와 일정을 보내고, 멘티의 실습 진행이 현황판에 모입니다.
        수업 기록은 7일 뒤 지워집니다.
      </p>
      <OpenClass />
    </main>
  );
}
