/**
 * Every HTTP body and realtime message of the class API as a zod schema with size limits, and the one
 * Korean sentence a refusal carries. Typed against lib/live/class-protocol.ts so that the wire contract
 * and its checks cannot drift apart. No I/O.
 */
import { z } from 'zod';
import { timetable } from '../../content/timetable';
import { LIMITS } from '../../lib/live/class-protocol';
import type { AnswerMessage, HelpMessage, ProgressMessage } from '../../lib/live/class-protocol';
import type { QuizQuestion } from '../../lib/quiz/types';
import type { LiveStateMessage } from '../../lib/live/sync';
import { ID_PATTERN } from './ids';
import type { LabCatalog } from './labs-catalog';

/** Control characters and bidirectional overrides: never part of a name shown to others. */
const FORBIDDEN_CHARS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const codePoints = (text: string) => [...text].length;

/** Trimmed, NFC-normalised text of 1..max characters (code points, so that Korean counts as typed). */
function shortText(max: number, messages: { empty: string; long: string; chars?: string }) {
  return z
    .string({ error: messages.empty })
    .transform((text) => text.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .refine((text) => text.length > 0, { error: messages.empty })
        .refine((text) => codePoints(text) <= max, { error: messages.long })
        .refine((text) => !FORBIDDEN_CHARS.test(text), { error: messages.chars ?? '쓸 수 없는 문자(제어 문자)가 들어 있습니다.' }),
    );
}

export const createClassBody = z.object({
  title: shortText(LIMITS.titleMax, { empty: '수업 제목을 입력하세요.', long: `수업 제목은 ${LIMITS.titleMax}자 이하여야 합니다.` }),
});

export const joinBody = z.object({
  code: z.string({ error: '참여 코드를 입력하세요.' }).max(32, { error: '참여 코드가 너무 깁니다.' }),
  nickname: shortText(LIMITS.nicknameMax, {
    empty: '닉네임을 입력하세요.',
    long: `닉네임은 ${LIMITS.nicknameMax}자 이하여야 합니다.`,
    chars: '닉네임에 쓸 수 없는 문자(제어 문자)가 들어 있습니다.',
  }),
});

export const presenterName = shortText(LIMITS.presenterNameMax, {
  empty: '강사 이름이 비어 있습니다.',
  long: `강사 이름은 ${LIMITS.presenterNameMax}자 이하여야 합니다.`,
});

export const idSchema = z.string().regex(ID_PATTERN, { error: '식별자 형식이 아닙니다.' });

/** Route params: a class id of the shape we hand out (anything else is a 400 before any lookup). */
export const classParamsSchema = z.object({ classId: idSchema });

const CHAPTERS = timetable.flatMap((slot) => (slot.chapter ? [slot.chapter] : []));
const DAY_MS = 24 * 3600 * 1000;

export const liveStateSchema = z.object({
  v: z.literal(1),
  type: z.literal('state'),
  chapter: z.string().refine((chapter) => CHAPTERS.includes(chapter), { error: '없는 챕터입니다.' }),
  slide: z.number().int().min(0).max(999),
  section: z.object({ id: z.string().max(200), title: z.string().max(200) }).nullable(),
  shifts: z
    .array(
      z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), atMinute: z.number().int().min(0).max(1440), minutes: z.number().int().min(-720).max(720) }),
    )
    .max(30),
  offsetMs: z
    .number()
    .finite()
    .min(-366 * DAY_MS)
    .max(366 * DAY_MS),
  sender: z.string().min(1).max(64),
  ts: z.number().finite(),
}) satisfies z.ZodType<LiveStateMessage>;

const objectiveId = z.string().min(1).max(64);

/** A lab result: a known lab, exactly its objectives (in any order), and "complete" only when all pass. */
export function progressSchema(catalog: LabCatalog) {
  return z
    .object({
      labId: z.string().max(64),
      objectives: z
        .array(z.object({ id: objectiveId, pass: z.boolean() }))
        .min(1)
        .max(50),
      complete: z.boolean(),
    })
    .superRefine((message, ctx) => {
      const known = catalog.objectives(message.labId);
      if (!known) {
        ctx.addIssue({ code: 'custom', path: ['labId'], message: '없는 실습입니다.' });
        return;
      }
      const sent = message.objectives.map((objective) => objective.id);
      if (sent.length !== known.length || new Set(sent).size !== sent.length || sent.some((id) => !known.includes(id))) {
        ctx.addIssue({ code: 'custom', path: ['objectives'], message: '이 실습의 목표 목록과 다릅니다.' });
      }
      if (message.complete && message.objectives.some((objective) => !objective.pass)) {
        ctx.addIssue({ code: 'custom', path: ['complete'], message: '통과하지 못한 목표가 있으면 완료일 수 없습니다.' });
      }
    }) satisfies z.ZodType<ProgressMessage>;
}

export function helpSchema(catalog: LabCatalog) {
  return z.object({ labId: z.string().max(64), objectiveId: objectiveId.nullable() }).superRefine((message, ctx) => {
    const known = catalog.objectives(message.labId);
    if (!known) ctx.addIssue({ code: 'custom', path: ['labId'], message: '없는 실습입니다.' });
    else if (message.objectiveId !== null && !known.includes(message.objectiveId)) {
      ctx.addIssue({ code: 'custom', path: ['objectiveId'], message: '이 실습에 없는 목표입니다.' });
    }
  }) satisfies z.ZodType<HelpMessage>;
}

export const answerSchema = z.object({ checkId: idSchema, optionId: z.string().min(1).max(16) }) satisfies z.ZodType<AnswerMessage>;

export const checkRefSchema = z.object({ checkId: idSchema });
export const helpRefSchema = z.object({ id: idSchema });

/** A quick-check question in the shared QuizQuestion shape, with at least one correct option. */
export const questionSchema = z
  .object({
    id: z.string().min(1).max(64),
    kind: z.enum(['choice', 'truefalse', 'line']),
    prompt: z.string().trim().min(1, { error: '질문을 입력하세요.' }).max(500, { error: '질문은 500자 이하여야 합니다.' }),
    code: z.object({ language: z.string().max(20), text: z.string().max(4000) }).optional(),
    options: z
      .array(
        z.object({
          id: z.string().min(1).max(16),
          text: z.string().trim().min(1, { error: '보기 내용이 비어 있습니다.' }).max(300, { error: '보기는 300자 이하여야 합니다.' }),
          correct: z.boolean(),
          explanation: z.string().max(500),
        }),
      )
      .min(LIMITS.optionsMin, { error: `보기는 ${LIMITS.optionsMin}개 이상이어야 합니다.` })
      .max(LIMITS.optionsMax, { error: `보기는 ${LIMITS.optionsMax}개 이하여야 합니다.` }),
    section: z.string().max(200).optional(),
  })
  .superRefine((question, ctx) => {
    const ids = question.options.map((option) => option.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['options'], message: '보기의 id가 겹칩니다.' });
    if (!question.options.some((option) => option.correct)) ctx.addIssue({ code: 'custom', path: ['options'], message: '정답인 보기를 하나 이상 고르세요.' });
  }) satisfies z.ZodType<QuizQuestion>;

/** One Korean sentence for a failed parse: the first problem, with the field it concerns. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '형식이 맞지 않습니다.';
  // Our own messages are Korean sentences; zod's defaults are English, so they get a generic Korean one.
  const own = /[가-힣]/.test(issue.message);
  const field = issue.path.length > 0 ? issue.path.join('.') : '';
  if (own) return issue.message;
  return field ? `"${field}" 값의 형식이 맞지 않습니다.` : '형식이 맞지 않습니다.';
}
