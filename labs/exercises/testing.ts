/** Test helpers for the lab folders: grade a file set and name the objectives that fail. */
import { gradeLab } from './grade';
import { labs, loadSolutions } from './index';
import type { FileSet, LabMeta, LabResult } from './types';

/**
 * The day the lab tests grade at: end-of-life dates in the image data are read on this day, so a release
 * that goes out of support later does not turn a test red (refreshing the data is when answers change).
 */
export const TEST_TODAY = '2026-12-04';

export function gradeSet(lab: LabMeta, files: FileSet): LabResult {
  return gradeLab(
    lab,
    Object.entries(files).map(([name, text]) => ({ name, text })),
    { today: TEST_TODAY },
  );
}

/** Ids of the failing objectives, in the lab's order. */
export function failing(lab: LabMeta, files: FileSet): string[] {
  return gradeSet(lab, files)
    .objectives.filter((o) => !o.pass)
    .map((o) => o.id);
}

/** The lab's starter files as a file set. */
export function starterSet(lab: LabMeta): FileSet {
  return Object.fromEntries(lab.files.map((f) => [f.name, f.starter]));
}

/**
 * Where `ruleId` reports on the reference and alternative solutions of every lab, as `lab-id line:column`. A rule a
 * lab's objective relies on must find nothing in any valid answer, of its own lab or another.
 */
export async function ruleOnSolutions(ruleId: string): Promise<string[]> {
  const found: string[] = [];
  for (const lab of labs) {
    const solutions = await loadSolutions(lab.id);
    for (const files of [solutions.reference, ...solutions.alternatives]) {
      for (const finding of gradeSet(lab, files).result.results.flatMap((file) => file.findings)) {
        if (finding.ruleId === ruleId) found.push(`${lab.id} ${finding.line}:${finding.column}`);
      }
    }
  }
  return found;
}
