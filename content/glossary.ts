/**
 * One spelling per term across the chapters: the spelling the course uses and the variants it does not, and
 * the reader's text of a chapter that content/glossary.test.ts checks against them. Pure: no fs.
 */
export interface GlossaryTerm {
  /** The spelling the course uses. */
  term: string;
  /** Spellings that must not appear in chapter prose (case-sensitive; English ones as whole words). */
  avoid: readonly string[];
  /** Why this spelling, for the next author. */
  why: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    term: '원본 노트',
    avoid: ['원래 노트', '원래 강의 노트', '원본 강의 노트', '원래 강의 자료'],
    why: '과정이 바로잡는 2026년 1월의 강의 노트는 한 이름으로 부릅니다.',
  },
  { term: '라벨', avoid: ['레이블'], why: 'Kubernetes label은 라벨로 적습니다.' },
  { term: 'Namespace', avoid: ['네임스페이스'], why: 'Kubernetes 리소스 종류는 YAML의 kind 이름 그대로 씁니다 (Pod, Deployment, Secret, Namespace).' },
  { term: 'Pod', avoid: ['파드'], why: 'Kubernetes 리소스 종류는 kind 이름 그대로 씁니다.' },
  { term: 'Secret', avoid: ['시크릿'], why: 'Kubernetes 리소스 종류는 kind 이름 그대로 씁니다.' },
  { term: '워크플로', avoid: ['워크플로우'], why: '외래어 표기법을 따릅니다.' },
  {
    term: '루트 파일시스템',
    avoid: ['root filesystem', 'root 파일시스템', '루트 파일 시스템', '읽기 전용 root에서'],
    why: '필드 이름(readOnlyRootFilesystem)은 코드로, 개념은 한국어로 씁니다.',
  },
  { term: '파일시스템', avoid: ['파일 시스템'], why: '한 단어로 붙여 씁니다.' },
  { term: '모범 사례', avoid: ['best practice'], why: '문장 안의 영어는 한국 엔지니어가 말하는 한국어로 씁니다 (장 제목은 시간표의 이름 그대로).' },
  { term: '릴리스 노트', avoid: ['release note', '릴리즈 노트'], why: '문장 안의 영어를 한국어로, 표기는 릴리스로 통일합니다.' },
  { term: '취약 예제', avoid: ['bad 예제'], why: '코드 블록의 배지(취약)와 같은 말을 씁니다.' },
  { term: '권장 예제', avoid: ['good 예제'], why: '코드 블록의 배지(권장)와 같은 말을 씁니다.' },
  { term: '셸', avoid: ['shell', '쉘'], why: '외래어 표기법을 따르고, 문장 안의 영어를 한국어로 씁니다.' },
  { term: '명령어', avoid: ['instruction'], why: 'Dockerfile의 USER, RUN 등은 명령어라고 부릅니다.' },
  { term: '타임아웃', avoid: ['timeout'], why: '문장 안의 영어를 한국어로 씁니다.' },
  { term: '어노테이션', avoid: ['annotation'], why: '문장 안의 영어를 한국어로 씁니다.' },
  { term: '컨텍스트', avoid: ['context'], why: 'kubeconfig의 context는 컨텍스트로 씁니다 (필드 이름은 코드로).' },
  { term: '강화', avoid: ['hardening'], why: '문장 안의 영어를 한국어로 씁니다.' },
  { term: '패키지 관리자', avoid: ['package manager'], why: '문장 안의 영어를 한국어로 씁니다.' },
  { term: '볼륨', avoid: ['volume'], why: '문장 안의 영어를 한국어로 씁니다 (필드 이름은 코드로).' },
  { term: '마운트', avoid: ['mount'], why: '문장 안의 영어를 한국어로 씁니다.' },
  { term: '드라이버', avoid: ['driver'], why: '문장 안의 영어를 한국어로 씁니다.' },
  { term: '에이전트', avoid: ['agent'], why: '문장 안의 영어를 한국어로 씁니다.' },
  { term: '템플릿', avoid: ['template'], why: '문장 안의 영어를 한국어로 씁니다 (spec.template은 코드로).' },
  { term: '차트', avoid: ['chart'], why: 'Helm chart는 Helm 차트로 씁니다.' },
  { term: '스테이지', avoid: ['stage'], why: 'Dockerfile의 빌드 단계는 스테이지로 씁니다.' },
  { term: '와일드카드', avoid: ['wildcard'], why: '문장 안의 영어를 한국어로 씁니다 (규칙 id audit/user-wildcard는 코드로).' },
  { term: 'digest', avoid: ['다이제스트'], why: '명령과 참조에 그대로 나오는 말이라 영어로 씁니다.' },
];

/** Whether `line` contains `variant`: an English variant only as a whole word (so `volume` is not `volumeMounts`). */
export function containsVariant(line: string, variant: string): boolean {
  if (!/^[A-Za-z ]+$/.test(variant)) return line.includes(variant);
  return new RegExp(`(?<![A-Za-z])${variant}(?![A-Za-z])`).test(line);
}

/** The text of `source` with code, link targets and attribute URLs blanked, line by line (line numbers stay). */
export function readerText(source: string): string[] {
  const lines = source.split('\n');
  let fence: string | null = null;
  return lines.map((line) => {
    const open = /^\s*(`{3,}|~{3,})\s*(\S*)/.exec(line);
    if (fence === null && open) {
      // Diagram labels are read by everyone: only non-mermaid fences are code.
      fence = open[2] === 'mermaid' ? '' : open[1]!;
      return '';
    }
    if (fence !== null) {
      if (/^\s*(`{3,}|~{3,})\s*$/.test(line)) {
        fence = null;
        return '';
      }
      return fence === '' ? line : '';
    }
    return line
      .replace(/`[^`]*`/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/\b(source|href|block|id)="[^"]*"/g, ' ');
  });
}
