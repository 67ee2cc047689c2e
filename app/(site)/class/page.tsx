import type { Metadata } from 'next';
import { JoinClass } from '@/components/live/class/JoinClass';
import { COURSE_TITLE } from '@/lib/content';

export const metadata: Metadata = {
  title: { absolute: `수업 참여 | ${COURSE_TITLE}` },
  description: '강사가 알려 준 참여 코드와 닉네임으로 실시간 수업에 참여합니다. 계정은 필요 없습니다.',
  robots: { index: false },
};

export default function ClassPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-xl px-4 py-10 outline-none">
      <h1 className="text-3xl font-bold tracking-tight">수업 참여</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        강사 화면의 참여 코드(6자리)와 닉네임을 입력하세요. 계정은 필요 없습니다. 실습에서는 목표별 통과 여부만 강사에게 전달되고, 작성한 코드는 이 브라우저를
        떠나지 않습니다.
      </p>
      <JoinClass />
    </main>
  );
}
