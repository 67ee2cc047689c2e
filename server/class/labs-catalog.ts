/**
 * The labs a progress or help message may name: lab ids with their objective ids, from the labs
 * themselves (labs/exercises), so that a mentee's message is checked against what exists.
 */
import { labs } from '../../labs/exercises/index';

export interface LabCatalog {
  /** The objective ids of a lab, in order; undefined for an unknown lab. */
  objectives(labId: string): readonly string[] | undefined;
}

export function catalogOf(list: readonly { id: string; objectives: readonly { id: string }[] }[]): LabCatalog {
  const byId = new Map(list.map((lab) => [lab.id, lab.objectives.map((objective) => objective.id)]));
  return { objectives: (labId) => byId.get(labId) };
}

export const courseLabs: LabCatalog = catalogOf(labs);
