/**
 * Where a learner stands: per chapter read / quiz score / labs done, the course total, and the one
 * suggested next step (in class order: read the chapter, do its labs, then its quick check). Pure: the
 * course outline and a progress snapshot in, a summary out.
 */
import { scoreQuiz, type QuizScore } from '@/lib/quiz/grade';
import type { QuizQuestion } from '@/lib/quiz/types';
import type { ProgressSnapshot } from './file';

/** The element id of a chapter's quiz (components/quiz/Quiz.tsx), for links from elsewhere. */
export const QUIZ_ANCHOR = 'quiz';

export interface OutlineChapter {
  id: string;
  title: string;
  questions: readonly QuizQuestion[];
  labs: readonly { id: string; title: string }[];
}

export interface ChapterProgress {
  id: string;
  title: string;
  read: boolean;
  quiz: QuizScore;
  labs: { done: number; total: number };
}

export type NextStep = { kind: 'read' | 'lab' | 'quiz'; chapter: string; href: string; label: string } | { kind: 'done'; href: string; label: string };

export interface CourseProgress {
  chapters: ChapterProgress[];
  read: { done: number; total: number };
  quiz: { done: number; total: number };
  labs: { done: number; total: number };
  /** Reading marks, right answers and complete labs, over all of them. */
  done: number;
  total: number;
  /** Whole percent, 100 only when everything is done. */
  percent: number;
  next: NextStep;
}

function nextIn(chapter: OutlineChapter, progress: ChapterProgress, snapshot: ProgressSnapshot): NextStep | undefined {
  if (!progress.read) return { kind: 'read', chapter: chapter.id, href: `/chapters/${chapter.id}`, label: `"${chapter.title}" 읽기` };
  const lab = chapter.labs.find((candidate) => snapshot.labs[candidate.id]?.complete !== true);
  if (lab) return { kind: 'lab', chapter: chapter.id, href: `/labs/${lab.id}`, label: `실습 "${lab.title}" 완료하기` };
  if (progress.quiz.correct < progress.quiz.total) {
    return { kind: 'quiz', chapter: chapter.id, href: `/chapters/${chapter.id}#${QUIZ_ANCHOR}`, label: `"${chapter.title}" 확인 문제 풀기` };
  }
  return undefined;
}

export function summarize(outline: readonly OutlineChapter[], snapshot: ProgressSnapshot): CourseProgress {
  const chapters = outline.map(
    (chapter): ChapterProgress => ({
      id: chapter.id,
      title: chapter.title,
      read: Object.hasOwn(snapshot.reading, chapter.id),
      quiz: scoreQuiz(chapter.questions, Object.hasOwn(snapshot.quizzes, chapter.id) ? snapshot.quizzes[chapter.id].answers : {}),
      labs: {
        done: chapter.labs.filter((lab) => snapshot.labs[lab.id]?.complete === true).length,
        total: chapter.labs.length,
      },
    }),
  );
  const sum = (pick: (chapter: ChapterProgress) => [number, number]) =>
    chapters.reduce(
      (acc, chapter) => {
        const [done, total] = pick(chapter);
        return { done: acc.done + done, total: acc.total + total };
      },
      { done: 0, total: 0 },
    );
  const read = sum((chapter) => [chapter.read ? 1 : 0, 1]);
  const quiz = sum((chapter) => [chapter.quiz.correct, chapter.quiz.total]);
  const labs = sum((chapter) => [chapter.labs.done, chapter.labs.total]);
  const done = read.done + quiz.done + labs.done;
  const total = read.total + quiz.total + labs.total;
  const percent = total === 0 ? 0 : done === total ? 100 : Math.min(99, Math.floor((done / total) * 100));
  let next: NextStep | undefined;
  for (let index = 0; index < outline.length && !next; index++) next = nextIn(outline[index], chapters[index], snapshot);
  return {
    chapters,
    read,
    quiz,
    labs,
    done,
    total,
    percent,
    next: next ?? { kind: 'done', href: '/handout', label: '모든 과정을 마쳤습니다. 인쇄용 교재로 복습해 보세요.' },
  };
}
