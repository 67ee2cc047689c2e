/**
 * What a browser knows about its live class, as two reducers (mentee and instructor): the server's snapshot
 * on every (re)connection replaces the state, events update it. Pure: no socket, no DOM, no clock.
 */
import type {
  CheckTally,
  ClassSummary,
  DriverInfo,
  HelpRequest,
  MemberRow,
  MenteeSnapshot,
  PresenterInfo,
  PresenterSnapshot,
  ProgressRow,
  PublicCheck,
} from './class-protocol';
import type { QuizQuestion } from '@/lib/quiz/types';
import { parseMessage, type LiveStateMessage } from './sync';

/** connecting: first attempt; offline: lost, retrying; refused: the server said no (message says why). */
export type ConnectionStatus = 'connecting' | 'connected' | 'offline' | 'ended' | 'refused';

export interface MenteeState {
  status: ConnectionStatus;
  message: string | null;
  snapshot: MenteeSnapshot | null;
  /** The last help request the instructor answered (for a short notice). */
  answered: HelpRequest | null;
}

export interface HostState {
  status: ConnectionStatus;
  message: string | null;
  classInfo: ClassSummary | null;
  you: PresenterInfo | null;
  driver: DriverInfo | null;
  presenters: PresenterInfo[];
  live: LiveStateMessage | null;
  members: MemberRow[];
  progress: ProgressRow[];
  help: HelpRequest[];
  check: PublicCheck | null;
  checkQuestion: QuizQuestion | null;
  tally: CheckTally | null;
  /** "강사 B가 진행을 넘겨받았습니다": shown to every presenter after a take-over. */
  notice: string | null;
}

export type ConnectionEvent =
  | { type: 'status'; status: ConnectionStatus; message?: string | null }
  | { type: 'snapshot'; snapshot: MenteeSnapshot | PresenterSnapshot }
  | { type: 'live'; state: unknown }
  | { type: 'driver'; driver: DriverInfo }
  | { type: 'presenters'; presenters: PresenterInfo[] }
  | { type: 'member'; member: MemberRow }
  | { type: 'member:left'; memberId: string }
  | { type: 'progress'; rows: ProgressRow[] }
  | { type: 'help'; request: HelpRequest }
  | { type: 'help:answered'; request: HelpRequest }
  | { type: 'check'; check: PublicCheck; question: QuizQuestion | null }
  | { type: 'tally'; tally: CheckTally }
  | { type: 'answered'; checkId: string; optionId: string }
  | { type: 'help:sent'; request: HelpRequest }
  | { type: 'ended' };

export const initialMentee: MenteeState = { status: 'connecting', message: null, snapshot: null, answered: null };

export const initialHost: HostState = {
  status: 'connecting',
  message: null,
  classInfo: null,
  you: null,
  driver: null,
  presenters: [],
  live: null,
  members: [],
  progress: [],
  help: [],
  check: null,
  checkQuestion: null,
  tally: null,
  notice: null,
};

/** A state message from the server that is not older than the one held; anything else keeps the old one. */
function newerLive(current: LiveStateMessage | null, incoming: unknown): LiveStateMessage | null {
  const message = parseMessage(incoming);
  if (message?.type !== 'state') return current;
  return current && message.ts < current.ts ? current : message;
}

const ended = (status: ConnectionStatus) => status === 'ended';

export function reduceMentee(state: MenteeState, event: ConnectionEvent): MenteeState {
  if (ended(state.status) && event.type !== 'status') return state;
  const snapshot = state.snapshot;
  switch (event.type) {
    case 'status':
      return ended(state.status) ? state : { ...state, status: event.status, message: event.message ?? null };
    case 'snapshot':
      return event.snapshot.role === 'mentee' ? { ...state, status: 'connected', message: null, snapshot: event.snapshot } : state;
    case 'ended':
      return { ...state, status: 'ended', message: '수업이 끝났습니다.' };
  }
  if (!snapshot) return state;
  switch (event.type) {
    case 'live':
      return { ...state, snapshot: { ...snapshot, live: newerLive(snapshot.live, event.state) } };
    case 'check':
      return { ...state, snapshot: { ...snapshot, check: event.check, myAnswer: snapshot.check?.id === event.check.id ? snapshot.myAnswer : null } };
    case 'answered':
      return snapshot.check?.id === event.checkId ? { ...state, snapshot: { ...snapshot, myAnswer: event.optionId } } : state;
    case 'help:sent':
      return { ...state, snapshot: { ...snapshot, help: [...snapshot.help, event.request] } };
    case 'help:answered':
      return { ...state, answered: event.request, snapshot: { ...snapshot, help: snapshot.help.filter((request) => request.id !== event.request.id) } };
    default:
      return state;
  }
}

function upsert<T>(list: readonly T[], item: T, same: (a: T, b: T) => boolean): T[] {
  const index = list.findIndex((existing) => same(existing, item));
  if (index === -1) return [...list, item];
  return list.map((existing, i) => (i === index ? item : existing));
}

export function reduceHost(state: HostState, event: ConnectionEvent): HostState {
  if (ended(state.status) && event.type !== 'status') return state;
  switch (event.type) {
    case 'status':
      return ended(state.status) ? state : { ...state, status: event.status, message: event.message ?? null };
    case 'snapshot': {
      const s = event.snapshot;
      if (s.role !== 'presenter') return state;
      return {
        ...state,
        status: 'connected',
        message: null,
        classInfo: s.classInfo,
        you: s.you,
        driver: s.driver,
        presenters: s.presenters,
        live: s.live,
        members: s.members,
        progress: s.progress,
        help: s.help,
        check: s.check,
        checkQuestion: s.checkQuestion,
        tally: s.tally,
      };
    }
    case 'live':
      return { ...state, live: newerLive(state.live, event.state) };
    case 'driver': {
      const changed = state.driver?.id !== event.driver.id;
      const mine = event.driver.id === state.you?.id;
      const notice = changed ? (mine ? '내가 진행을 넘겨받았습니다.' : `${event.driver.name}님이 진행을 넘겨받았습니다.`) : state.notice;
      return { ...state, driver: event.driver, notice };
    }
    case 'presenters':
      return { ...state, presenters: event.presenters };
    case 'member':
      return { ...state, members: upsert(state.members, event.member, (a, b) => a.id === b.id) };
    case 'member:left':
      return {
        ...state,
        members: state.members.filter((member) => member.id !== event.memberId),
        progress: state.progress.filter((row) => row.memberId !== event.memberId),
        help: state.help.filter((request) => request.memberId !== event.memberId),
      };
    case 'progress':
      return {
        ...state,
        progress: event.rows.reduce((list, row) => upsert(list, row, (a, b) => a.memberId === b.memberId && a.labId === b.labId), state.progress),
      };
    case 'help':
    case 'help:answered':
      return { ...state, help: upsert(state.help, event.request, (a, b) => a.id === b.id) };
    case 'check':
      return {
        ...state,
        check: event.check,
        checkQuestion: event.question ?? (state.check?.id === event.check.id ? state.checkQuestion : null),
        tally: state.tally?.checkId === event.check.id ? state.tally : null,
      };
    case 'tally':
      return state.check?.id === event.tally.checkId ? { ...state, tally: event.tally } : state;
    case 'ended':
      return { ...state, status: 'ended', message: '수업이 끝났습니다.' };
    default:
      return state;
  }
}
