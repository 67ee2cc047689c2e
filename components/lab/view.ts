/**
 * What the browser needs of a lab: its LabMeta without the objectives' `check` functions (which stay in the
 * grading worker), so it can be passed from the server component to the client leaf as plain data.
 */
import type { LabFile, LabMeta } from '@/labs/exercises/types';

export interface ObjectiveView {
  id: string;
  title: string;
  rules: readonly string[];
  section?: string;
}

export interface LabView {
  id: string;
  title: string;
  summary: string;
  files: readonly LabFile[];
  objectives: readonly ObjectiveView[];
  hints: readonly string[];
}

export function toLabView(lab: LabMeta): LabView {
  return {
    id: lab.id,
    title: lab.title,
    summary: lab.summary,
    files: lab.files.map(({ name, language, starter }) => ({ name, language, starter })),
    objectives: lab.objectives.map((objective) => ({
      id: objective.id,
      title: objective.title,
      rules: objective.rules ?? [],
      ...(objective.section ? { section: objective.section } : {}),
    })),
    hints: [...lab.hints],
  };
}

/**
 * The lab as embedded in its own chapter section (`<chapter id>#<heading id>`): objectives taught in that very
 * section lose their "챕터에서 배우기" link, which would only jump to the heading just above the lab. Links to
 * other sections stay.
 */
export function embeddedIn(view: LabView, section: string): LabView {
  return {
    ...view,
    objectives: view.objectives.map(({ section: taught, ...objective }) => (taught && taught !== section ? { ...objective, section: taught } : objective)),
  };
}

/** `/chapters/<chapter>#<heading>` for a `<chapter id>#<heading id>` section reference. */
export function sectionHref(section: string): string {
  const [chapter, heading] = section.split('#');
  return heading ? `/chapters/${chapter}#${heading}` : `/chapters/${chapter}`;
}

export const EDITOR_LINE_HEIGHT = 20;
const EDITOR_PADDING_LINES = 2;

/** The editor's height in pixels (the server-rendered starter box uses the same): the longest starter plus room, 12-32 lines. */
export function editorHeight(files: readonly LabFile[]): number {
  const lines = Math.max(...files.map((file) => file.starter.split('\n').length), 1);
  return Math.min(Math.max(lines + EDITOR_PADDING_LINES, 12), 32) * EDITOR_LINE_HEIGHT;
}
