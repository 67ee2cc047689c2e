/**
 * One quick-check question: the single format of the chapters' quizzes and of the live class's quick
 * checks (the instructor can start a chapter's question, or type one on the spot in the same shape).
 * Pure data, no React.
 */
export type QuizKind = 'choice' | 'truefalse' | 'line';

export interface QuizOption {
  /** Stable within the question ('a', 'b', ... ; 'true'/'false'; for 'line' the line number as text). */
  id: string;
  /** Korean text of the option, plain text. */
  text: string;
  correct: boolean;
  /** Korean: why this option is right or wrong. */
  explanation: string;
}

export interface QuizQuestion {
  /** Stable within its chapter; answers are remembered under it. */
  id: string;
  kind: QuizKind;
  /** Korean question text, plain text. */
  prompt: string;
  /** For kind 'line': the sample whose insecure line is asked for; options name its lines. */
  code?: { language: string; text: string };
  options: QuizOption[];
  /** Heading id of the chapter section that teaches the answer. */
  section?: string;
}
