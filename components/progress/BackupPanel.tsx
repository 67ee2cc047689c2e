'use client';

/**
 * Export and import of all progress as one versioned JSON file (lib/progress/file.ts). A wrong or damaged
 * file is refused with a Korean message and changes nothing; replacing existing progress asks first.
 */
import { useRef, useState } from 'react';
import { browserStorage } from '@/lib/progress/events';
import { MAX_PROGRESS_FILE_CHARS, parseProgressFile, progressFileName, toProgressFile, type ProgressSnapshot } from '@/lib/progress/file';
import { isEmptySnapshot, replaceProgress } from '@/lib/progress/snapshot';
import type { OutlineChapter } from '@/lib/progress/summary';
import { ConfirmDialog } from './ConfirmDialog';

const BUTTON =
  'rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

type Message = { tone: 'ok' | 'error'; text: string } | null;

function describe(snapshot: ProgressSnapshot): string {
  return `실습 ${Object.keys(snapshot.labs).length}개, 확인 문제 ${Object.keys(snapshot.quizzes).length}장, 읽기 ${Object.keys(snapshot.reading).length}장`;
}

export function BackupPanel({ outline, snapshot }: { outline: readonly OutlineChapter[]; snapshot: ProgressSnapshot }) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<{ snapshot: ProgressSnapshot; exportedAt: string; skipped: string[] } | null>(null);
  const known = { labs: outline.flatMap((chapter) => chapter.labs.map((lab) => lab.id)), chapters: outline.map((chapter) => chapter.id) };

  const exportFile = () => {
    const now = new Date();
    const blob = new Blob([JSON.stringify(toProgressFile(snapshot, now), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = progressFileName(now);
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage({ tone: 'ok', text: `학습 기록을 ${link.download} 파일로 내보냈습니다 (${describe(snapshot)}).` });
  };

  const apply = (next: { snapshot: ProgressSnapshot; exportedAt: string; skipped: string[] }) => {
    setPending(null);
    const storage = browserStorage();
    const result = storage
      ? replaceProgress(storage, next.snapshot)
      : { ok: false as const, message: '이 브라우저는 사이트 데이터 저장을 막고 있어 가져올 수 없습니다.' };
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.message });
      return;
    }
    const skipped = next.skipped.length > 0 ? ` 지금 과정에 없는 항목 ${next.skipped.length}개(${next.skipped.join(', ')})는 건너뛰었습니다.` : '';
    setMessage({
      tone: 'ok',
      text: `${new Date(next.exportedAt).toLocaleString('ko-KR')}에 내보낸 기록을 가져왔습니다 (${describe(next.snapshot)}).${skipped}`,
    });
  };

  const importFile = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > MAX_PROGRESS_FILE_CHARS * 4) {
      setMessage({
        tone: 'error',
        text: `파일이 너무 큽니다 (${(file.size / 1_000_000).toFixed(1)}MB). 학습 기록 파일은 5MB를 넘지 않습니다. 아무것도 바꾸지 않았습니다.`,
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ tone: 'error', text: '파일을 읽을 수 없습니다. 아무것도 바꾸지 않았습니다.' });
      return;
    }
    const result = parseProgressFile(text, known);
    if (!result.ok) {
      setMessage({ tone: 'error', text: `${result.message} 아무것도 바꾸지 않았습니다.` });
      return;
    }
    setMessage(null);
    if (isEmptySnapshot(snapshot)) apply(result);
    else setPending(result);
  };

  return (
    <section aria-labelledby="backup-heading" className="mt-10">
      <h2 id="backup-heading" className="text-xl font-bold">
        기록 내보내기와 가져오기
      </h2>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        다른 브라우저나 기기에서 이어 하려면 기록을 파일로 내보낸 뒤 그곳에서 가져오세요. 실습에서 작성한 코드, 확인 문제 답, 읽기 기록이 모두 들어 있습니다.
        파일은 이 기기에만 저장됩니다.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="button" onClick={exportFile} className={BUTTON} data-action="export">
          파일로 내보내기
        </button>
        <label className={`${BUTTON} cursor-pointer focus-within:outline focus-within:outline-3 focus-within:outline-blue-600`}>
          파일에서 가져오기
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            data-action="import"
            onChange={(event) => void importFile(event.target.files?.[0])}
          />
        </label>
      </div>
      <div aria-live="polite">
        {message ? (
          <p
            role={message.tone === 'error' ? 'alert' : undefined}
            className={`mt-3 rounded-lg border p-3 text-sm ${message.tone === 'error' ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100' : 'border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950/40 dark:text-green-100'}`}
            data-backup-message={message.tone}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title="지금 기록을 파일의 기록으로 바꿀까요?"
        confirmLabel="파일의 기록으로 바꾸기"
        onConfirm={() => pending && apply(pending)}
        onCancel={() => {
          setPending(null);
          setMessage({ tone: 'ok', text: '가져오기를 취소했습니다. 아무것도 바꾸지 않았습니다.' });
        }}
      >
        <p>
          이 브라우저의 기록({describe(snapshot)})이 지워지고 파일의 기록({pending ? describe(pending.snapshot) : ''})으로 바뀝니다. 지금 기록을 남겨 두려면
          먼저 취소하고 내보내기를 하세요.
        </p>
      </ConfirmDialog>
    </section>
  );
}
