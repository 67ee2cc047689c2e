/**
 * The class store's tables as Kysely sees them. Portable across SQLite and PostgreSQL: text, integer and
 * bigint only (times are epoch milliseconds, booleans 0/1, lists JSON text). Types only.
 */
export interface ClassesTable {
  id: string;
  title: string;
  join_code: string;
  presenter_key_hash: string;
  created_at: number;
  ended_at: number | null;
  /** The driver's last LiveStateMessage, as JSON. */
  live: string | null;
  chapter_since: number | null;
  driver_id: string | null;
  driver_name: string | null;
  driver_since: number | null;
}

export interface MembersTable {
  id: string;
  class_id: string;
  nickname: string;
  token_hash: string;
  joined_at: number;
}

export interface ProgressTable {
  member_id: string;
  lab_id: string;
  class_id: string;
  /** JSON: [{ id, pass }]. */
  objectives: string;
  passed: number;
  total: number;
  complete: number;
  updated_at: number;
  advanced_at: number | null;
}

export interface HelpRequestsTable {
  id: string;
  class_id: string;
  member_id: string;
  lab_id: string;
  objective_id: string | null;
  created_at: number;
  answered_at: number | null;
}

export interface ChecksTable {
  id: string;
  class_id: string;
  /** JSON: the QuizQuestion with its answer key. */
  question: string;
  started_at: number;
  revealed_at: number | null;
  closed_at: number | null;
}

export interface AnswersTable {
  check_id: string;
  member_id: string;
  class_id: string;
  option_id: string;
  answered_at: number;
}

export interface Database {
  classes: ClassesTable;
  members: MembersTable;
  progress: ProgressTable;
  help_requests: HelpRequestsTable;
  checks: ChecksTable;
  answers: AnswersTable;
}
