import type { Metadata } from 'next';
import { HostDashboard } from '@/components/live/class/host/HostDashboard';
import { labPlacement } from '@/content/lab-placement';
import { labs } from '@/labs/exercises/index';
import { COURSE_TITLE, getChapterInfos } from '@/lib/content';
import type { BoardLab } from '@/lib/live/board';

export const metadata: Metadata = {
  title: { absolute: `수업 현황판 | ${COURSE_TITLE}` },
  robots: { index: false },
};

export default function HostPage() {
  // Only what the board shows: ids and titles, never the labs' checks or solutions.
  const boardLabs: BoardLab[] = labs.map((lab) => ({
    id: lab.id,
    title: lab.title,
    chapter: labPlacement(lab.id).chapter,
    objectives: lab.objectives.map((objective) => ({ id: objective.id, title: objective.title })),
  }));
  const chapters = getChapterInfos().map((chapter) => ({ id: chapter.id, title: chapter.title }));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 outline-none">
      <HostDashboard labs={boardLabs} chapters={chapters} questions={{}} />
    </main>
  );
}
