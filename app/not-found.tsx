import type { Metadata } from 'next';
import Link from 'next/link';
import { COURSE_TITLE } from '@/content/timetable';
import { SiteChrome } from '@/components/site/SiteChrome';

export const metadata: Metadata = { title: { absolute: `페이지를 찾을 수 없습니다 | ${COURSE_TITLE}` } };

export default function NotFound() {
  return (
    <SiteChrome>
      <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-16 text-center outline-none">
        <p className="font-mono text-sm text-zinc-600 dark:text-zinc-400">404</p>
        <h1 className="mt-2 text-3xl font-bold">페이지를 찾을 수 없습니다</h1>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">주소가 바뀌었거나 없는 챕터입니다. 처음 화면의 시간표에서 챕터를 골라 주세요.</p>
        <p className="mt-8">
          <Link href="/" className="font-semibold text-blue-800 underline dark:text-blue-300">
            처음 화면으로 돌아가기
          </Link>
        </p>
      </main>
    </SiteChrome>
  );
}
