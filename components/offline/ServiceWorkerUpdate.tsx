'use client';

/**
 * Registers the service worker (/sw.js, production builds only) and shows a visible prompt when a new
 * deployment is ready: the page reloads only when the learner presses the button (lab work is saved on
 * every edit, but a reload is still never forced mid-lab). After the first install it says once that the
 * course now works offline.
 */
import { useEffect, useRef, useState } from 'react';
import { Serwist } from '@serwist/window';

type Notice = 'none' | 'offline-ready' | 'update';

export function ServiceWorkerUpdate() {
  const [notice, setNotice] = useState<Notice>('none');
  const worker = useRef<Serwist | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const serwist = new Serwist('/sw.js', { scope: '/', type: 'classic' });
    worker.current = serwist;
    serwist.addEventListener('installed', (event) => {
      if (!event.isUpdate) setNotice('offline-ready');
    });
    serwist.addEventListener('waiting', () => setNotice('update'));
    serwist.addEventListener('controlling', (event) => {
      // Reached only after the learner asked for the new version (skipWaiting is off in the worker).
      if (event.isUpdate) window.location.reload();
    });
    serwist.register().catch(() => {
      // No service worker (blocked, private mode): the site still works online; nothing to tell.
    });
  }, []);

  useEffect(() => {
    if (notice !== 'offline-ready') return;
    const timer = window.setTimeout(() => setNotice('none'), 8000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  return (
    <div aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-3 print:hidden">
      {notice === 'update' ? (
        <div
          className="pointer-events-auto flex max-w-xl flex-wrap items-center gap-3 rounded-xl border border-blue-300 bg-white p-4 shadow-lg dark:border-blue-800 dark:bg-zinc-900"
          data-sw-update
        >
          <p className="text-sm">
            <strong>새 버전</strong>이 준비되었습니다. 실습 작업은 자동 저장되어 있으니 편할 때 새로고침해 적용하세요.
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => worker.current?.messageSkipWaiting()}
              className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-blue-950"
              data-action="sw-reload"
            >
              새로고침해서 적용
            </button>
            <button
              type="button"
              onClick={() => setNotice('none')}
              className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold dark:border-zinc-600"
            >
              나중에
            </button>
          </div>
        </div>
      ) : notice === 'offline-ready' ? (
        <p className="rounded-xl border border-green-300 bg-white px-4 py-3 text-sm shadow-lg dark:border-green-800 dark:bg-zinc-900" data-sw-ready>
          이 과정을 이 기기에 저장했습니다. 이제 네트워크 없이도 챕터와 실습을 열 수 있습니다.
        </p>
      ) : null}
    </div>
  );
}
