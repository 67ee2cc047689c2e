/** What the break screen asks the class to prepare for a block: its labs if the chapter has any, else its objectives. */
export interface Preparation {
  title: string;
  prepare: string[];
}

const LAB = /<Lab\s+[^>]*\bid=["']([^"']+)["']/g;

export function preparationFor(title: string, objectives: readonly string[], source: string): Preparation {
  const labs = [...new Set([...source.matchAll(LAB)].map((match) => match[1]!))];
  if (labs.length > 0) return { title, prepare: labs.map((id) => `실습 ${id}: 브라우저에서 /labs/${id} 를 열어 두세요`) };
  return { title, prepare: objectives.slice(0, 3).map((objective) => `목표: ${objective}`) };
}
