'use client';

/**
 * The handout's screen-only toolbar (print button, way back), and two things for paper: links into the
 * course print with this site's address (handout.css reads --w7-origin), and the page is always printed in
 * the light theme, so the `dark` class is lifted for the print and put back afterwards.
 */
import Link from 'next/link';
import { useEffect } from 'react';

export function HandoutToolbar() {
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--w7-origin', JSON.stringify(window.location.origin));
    let wasDark = false;
    const before = () => {
      wasDark = root.classList.contains('dark');
      root.classList.remove('dark');
    };
    const after = () => {
      if (wasDark) root.classList.add('dark');
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      root.style.removeProperty('--w7-origin');
    };
  }, []);

  return (
    <nav
      aria-label="인쇄용 교재 도구"
      className="handout-toolbar sticky top-0 z-10 border-b border-zinc-200 bg-white/95 px-4 py-3 backdrop-blur print:hidden dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3">
        <Link href="/progress" className="text-sm font-semibold text-blue-800 underline dark:text-blue-300">
          ← 내 학습으로
        </Link>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">브라우저의 인쇄에서 "PDF로 저장"을 고르면 PDF 파일이 됩니다.</p>
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-blue-950"
          data-action="print"
        >
          인쇄하기
        </button>
      </div>
    </nav>
  );
}
