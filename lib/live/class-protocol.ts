/**
 * The live class's wire contract between the server (server/class) and the browser (lib/live/class-client):
 * HTTP paths, realtime event names and payload types, limits, and the join-code alphabet. Types and
 * constants only: no validation library, no DOM, no Node APIs (the browser bundle imports it).
 */
import type { QuizQuestion } from '@/lib/quiz/types';
import type { LiveStateMessage } from './sync';

/** Socket.IO's HTTP path, under /api so that one proxy rule covers the whole class API. */
export const REALTIME_PATH = '/api/realtime';

/** Join codes: 6 characters without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

export const LIMITS = {
  titleMax: 80,
  nicknameMax: 40,
  presenterNameMax: 40,
  /** Largest accepted realtime message (JSON characters); bigger ones are refused with a message. */
  messageChars: 8 * 1024,
  /** Socket.IO drops the connection on frames beyond this (bytes): the transport-level cap. */
  frameBytes: 64 * 1024,
  /** Per connection: a burst of this many messages, refilled at `messagesPerSecond`. */
  messageBurst: 30,
  messagesPerSecond: 10,
  /** Failed joins per address per minute before 429. */
  failedJoinsPerMinute: 20,
  /** Classes opened per address per hour. */
  classesPerHour: 30,
  /** Quick check options. */
  optionsMin: 2,
  optionsMax: 8,
} as const;

/** Minutes without progress on the current block's lab before a mentee is flagged on the board. */
export const STALL_MINUTES = 10;

/** A refused HTTP request or realtime message: a stable code and one Korean sentence. */
export interface ClassError {
  error: ErrorCode;
  message: string;
}

export type ErrorCode =
  | 'invalid'
  | 'not-json'
  | 'not-found'
  | 'ended'
  | 'unauthorized'
  | 'forbidden'
  | 'too-large'
  | 'rate-limited'
  | 'not-driver'
  | 'unknown-event'
  /** Client side only: the message could not be sent or was not answered. */
  | 'offline';

export interface HealthResponse {
  ok: true;
  store: 'sqlite' | 'postgres';
  fanout: 'local' | 'redis';
}

export interface CreateClassResponse {
  classId: string;
  joinCode: string;
  presenterKey: string;
}

export interface JoinResponse {
  classId: string;
  token: string;
  nickname: string;
}

/** Who drives the class (publishes the presenter state); null before any presenter connected. */
export interface DriverInfo {
  id: string;
  name: string;
  /** Server time the driver took over. */
  since: number;
}

export interface PresenterInfo {
  id: string;
  name: string;
}

/** One mentee's results in one lab: objective ids with pass/fail only, never their text. */
export interface ProgressRow {
  memberId: string;
  labId: string;
  objectives: { id: string; pass: boolean }[];
  passed: number;
  total: number;
  complete: boolean;
  updatedAt: number;
  /** Last time more objectives passed (or the lab completed); null before any objective passed. */
  advancedAt: number | null;
}

export interface MemberRow {
  id: string;
  nickname: string;
  joinedAt: number;
}

export interface HelpRequest {
  id: string;
  memberId: string;
  labId: string;
  /** The first failing objective when the request was made, or null when none failed. */
  objectiveId: string | null;
  createdAt: number;
  answeredAt: number | null;
}

/** A quick check as mentees see it before the reveal: no `correct`, no explanations. */
export interface PublicCheck {
  id: string;
  prompt: string;
  kind: QuizQuestion['kind'];
  code?: QuizQuestion['code'];
  options: { id: string; text: string }[];
  startedAt: number;
  /** After the reveal: the correct option ids and every option's explanation. */
  reveal: { correct: string[]; explanations: Record<string, string> } | null;
  closed: boolean;
}

/** Answers per option id of the open check, for the instructor's histogram. */
export interface CheckTally {
  checkId: string;
  counts: Record<string, number>;
  answered: number;
}

export interface ClassSummary {
  id: string;
  title: string;
  joinCode: string;
  createdAt: number;
  endedAt: number | null;
  /** When the presented chapter last changed (the board's clock for "no progress"). */
  chapterSince: number | null;
}

/** What a mentee receives on every (re)connection. */
export interface MenteeSnapshot {
  role: 'mentee';
  classInfo: { id: string; title: string };
  me: MemberRow;
  live: LiveStateMessage | null;
  check: PublicCheck | null;
  /** This mentee's answer to the open check. */
  myAnswer: string | null;
  /** This mentee's open help requests. */
  help: HelpRequest[];
}

/** What a presenter receives on every (re)connection: everything the board needs. */
export interface PresenterSnapshot {
  role: 'presenter';
  classInfo: ClassSummary;
  you: PresenterInfo;
  driver: DriverInfo | null;
  presenters: PresenterInfo[];
  live: LiveStateMessage | null;
  members: MemberRow[];
  progress: ProgressRow[];
  help: HelpRequest[];
  check: PublicCheck | null;
  tally: CheckTally | null;
  /** The open check with its answer key (the instructor's copy). */
  checkQuestion: QuizQuestion | null;
}

/** Events the server sends, with their payloads. */
export interface ServerToClient {
  snapshot: (snapshot: MenteeSnapshot | PresenterSnapshot) => void;
  live: (state: LiveStateMessage) => void;
  driver: (driver: DriverInfo) => void;
  presenters: (presenters: PresenterInfo[]) => void;
  member: (member: MemberRow) => void;
  'member:left': (memberId: string) => void;
  /** Lab results, gathered for a few milliseconds and sent together. */
  progress: (rows: ProgressRow[]) => void;
  help: (request: HelpRequest) => void;
  'help:answered': (request: HelpRequest) => void;
  check: (check: PublicCheck, question: QuizQuestion | null) => void;
  tally: (tally: CheckTally) => void;
  ended: (endedAt: number) => void;
}

/** Acknowledgement of every client message: success with its result fields, or a refusal. */
export type Ack<T extends object = object> = ({ ok: true } & T) | ({ ok: false } & ClassError);

export interface ProgressMessage {
  labId: string;
  objectives: { id: string; pass: boolean }[];
  complete: boolean;
}

export interface HelpMessage {
  labId: string;
  objectiveId: string | null;
}

export interface AnswerMessage {
  checkId: string;
  optionId: string;
}

/** Events clients send: presenters the first group, mentees the second. Each is acknowledged. */
export interface ClientToServer {
  live: (state: LiveStateMessage, ack: (result: Ack) => void) => void;
  takeover: (ack: (result: Ack) => void) => void;
  'help:answer': (message: { id: string }, ack: (result: Ack) => void) => void;
  'check:start': (question: QuizQuestion, ack: (result: Ack<{ checkId: string }>) => void) => void;
  'check:reveal': (message: { checkId: string }, ack: (result: Ack) => void) => void;
  'check:close': (message: { checkId: string }, ack: (result: Ack) => void) => void;
  end: (ack: (result: Ack) => void) => void;
  progress: (message: ProgressMessage, ack: (result: Ack) => void) => void;
  help: (message: HelpMessage, ack: (result: Ack<{ id: string }>) => void) => void;
  answer: (message: AnswerMessage, ack: (result: Ack) => void) => void;
}

export const PRESENTER_EVENTS = ['live', 'takeover', 'help:answer', 'check:start', 'check:reveal', 'check:close', 'end'] as const;
export const MENTEE_EVENTS = ['progress', 'help', 'answer'] as const;

/** Handshake of the realtime connection: a mentee token or the presenter key, for one class. */
export type ClassAuth = { classId: string; token: string } | { classId: string; presenterKey: string; presenterId: string; name: string };

/** Normalises what a person typed as a join code: upper case, no spaces or dashes. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
