import { getLab } from '@/labs/exercises/index';

/** A lab as a slide: what to do and where, instead of the editor, which belongs on each learner's own screen. */
export function LabSlide({ id }: { id: string }) {
  const lab = getLab(id);
  if (!lab) throw new Error(`<Lab id="${id}">: no lab with this id in labs/exercises/index.ts`);
  return (
    <div className="lab-slide" data-lab-slide={id}>
      <p className="lab-slide__label">실습</p>
      <h2 className="slide-title">{lab.title}</h2>
      <p className="lab-slide__summary">{lab.summary}</p>
      <ol className={`lab-slide__objectives${lab.objectives.length > 5 ? ' lab-slide__objectives--many' : ''}`}>
        {lab.objectives.map((objective) => (
          <li key={objective.id}>{objective.title}</li>
        ))}
      </ol>
      <p className="lab-slide__where">
        각자 브라우저에서 <code>/labs/{id}</code> 또는 이 장의 읽기 화면에서 풀고, 채점 결과로 확인합니다.
      </p>
    </div>
  );
}
