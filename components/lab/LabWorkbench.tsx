'use client';

/**
 * The interactive part of a lab, put together from hooks (saved work, grading, reference solution, when the
 * editor exists) and small panels. The page loads no editor and no grading worker until the learner opens the
 * editor with "편집하기"; until then the objectives show the starter's grading (made at build time) or the last
 * grading of the saved work. The learner's text stays in the browser.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Finding } from '@w7/grader';
import type { GradedObjective } from '@/lib/lab-runtime/storage';
import { HelpRequestButton } from '@/components/live/HelpRequestButton';
import { ShareAttempt } from '@/components/share/ShareAttempt';
import { CodePanel } from './CodePanel';
import { FileTabs } from './FileTabs';
import { HintsPanel } from './HintsPanel';
import { LabToolbar } from './LabToolbar';
import { ObjectivesPanel } from './ObjectivesPanel';
import { ReferencePanel } from './ReferencePanel';
import { shownGrading, statusText } from './status';
import { useEditorSlot } from './useEditorSlot';
import { useLabGrading } from './useLabGrading';
import { useLabWork } from './useLabWork';
import { useReference } from './useReference';
import type { LabView } from './view';

export function LabWorkbench({
  lab,
  height,
  starters,
  starterGrading,
  headingLevel,
}: {
  lab: LabView;
  height: number;
  /** The server-highlighted starter of each file (HTML), shown until the editor exists. */
  starters: Readonly<Record<string, string>>;
  /** The starter's grading, made at build time. */
  starterGrading: readonly GradedObjective[];
  /** The level of the lab's title; the workbench's own headings are one below. */
  headingLevel: 1 | 2;
}) {
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  const baseId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(lab.files[0]?.name ?? '');
  const work = useLabWork(lab);
  const slot = useEditorSlot(root);
  const grading = useLabGrading(lab, work.values, work.loaded && slot.phase === 'open', work.graded);
  const { reference, show: showReference } = useReference(lab.id);

  const findings = useMemo(() => {
    const byFile: Record<string, Finding[]> = {};
    for (const fileResult of grading.result?.result.results ?? []) {
      byFile[fileResult.file] = fileResult.findings.filter((finding) => !finding.suppressed);
    }
    return byFile;
  }, [grading.result]);

  const shown = shownGrading({
    live: grading.result?.objectives ?? null,
    remembered: work.remembered,
    starter: starterGrading,
    starterFiles: work.starterFiles,
    values: work.values,
  });
  const outcome = shown.objectives
    ? {
        labId: lab.id,
        objectives: shown.objectives.map(({ id, pass }) => ({ id, pass })),
        complete: shown.objectives.every((objective) => objective.pass),
      }
    : null;
  const tabId = (name: string) => `${baseId}-tab-${name}`;
  const panelId = `${baseId}-panel`;
  const activeFile = lab.files.find((file) => file.name === active) ?? lab.files[0];

  return (
    <div
      ref={root}
      className="not-prose mt-6"
      data-lab-workbench={lab.id}
      data-complete={work.complete ? 'true' : 'false'}
      // Set once hydrated and the saved work is read: from then on the controls respond (tests wait for it).
      data-hydrated={work.loaded ? 'true' : undefined}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <FileTabs files={lab.files} active={activeFile.name} tabId={tabId} panelId={panelId} onSelect={setActive} />
        {work.complete ? (
          <span className="rounded-full bg-green-700 px-3 py-1 text-sm font-bold text-white dark:bg-green-300 dark:text-green-950" data-lab-complete>
            <span aria-hidden="true">✓ </span>완료
          </span>
        ) : null}
      </div>
      <CodePanel
        labId={lab.id}
        labTitle={lab.title}
        files={lab.files}
        active={activeFile}
        values={work.values}
        revision={work.revision}
        starters={starters}
        findings={findings}
        height={height}
        panelId={panelId}
        labelledBy={tabId(activeFile.name)}
        slot={slot}
        onChange={work.edit}
      />
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        편집기 안에서 Esc 다음 Tab을 누르면 편집기 밖으로 이동합니다. 작업은 이 브라우저에만 자동 저장됩니다.
      </p>
      <LabToolbar hasBackup={work.hasBackup} notice={work.notice} onReset={work.reset} onRestore={work.restore} action={{ lab, files: work.values, outcome }} />
      <ObjectivesPanel
        Heading={Subheading}
        objectives={lab.objectives}
        outcomes={shown.objectives}
        status={statusText(shown, grading.error, slot.phase === 'open')}
      />
      <ShareAttempt lab={lab} files={work.values} />
      <HelpRequestButton labId={lab.id} />
      <HintsPanel Heading={Subheading} hints={lab.hints} />
      <ReferencePanel
        Heading={Subheading}
        names={lab.files.map((file) => file.name)}
        mine={work.values}
        attempted={work.attempted}
        reference={reference}
        onShow={showReference}
      />
    </div>
  );
}
