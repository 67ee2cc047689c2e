/** The 모범 답안 section: after a first attempt, the reference solution as a diff against the learner's text. */
import type { FileSet } from '@/labs/exercises/types';
import { BUTTON } from './LabToolbar';
import { SolutionDiff } from './SolutionDiff';
import type { Reference } from './useReference';

export function ReferencePanel({
  Heading,
  names,
  mine,
  attempted,
  reference,
  onShow,
}: {
  Heading: 'h2' | 'h3';
  names: readonly string[];
  mine: FileSet;
  attempted: boolean;
  reference: Reference;
  onShow(): void;
}) {
  return (
    <>
      <Heading className="mt-6 text-lg font-bold">모범 답안</Heading>
      {reference.state === 'shown' ? (
        <div className="mt-2">
          <SolutionDiff names={names} mine={mine} reference={reference.files} />
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            {attempted ? '직접 고쳐 본 코드와 모범 답안의 차이를 볼 수 있습니다.' : '코드를 한 번 고쳐 본 뒤에 모범 답안을 볼 수 있습니다.'}
          </p>
          <button type="button" onClick={onShow} disabled={!attempted || reference.state === 'loading'} className={`${BUTTON} mt-2`} data-action="solution">
            {reference.state === 'loading' ? '불러오는 중…' : '모범 답안 보기'}
          </button>
          {reference.state === 'error' ? <p className="mt-2 text-sm text-red-800 dark:text-red-300">{reference.message}</p> : null}
        </>
      )}
    </>
  );
}
