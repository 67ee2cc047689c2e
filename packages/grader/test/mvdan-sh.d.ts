/**
 * The parts of mvdan-sh (GopherJS build of mvdan.cc/sh/v3/syntax) that sh/mvdan-oracle.ts uses: the
 * former runtime shell parser, now a dev dependency and only the oracle of sh/differential.test.ts.
 * Offsets are UTF-8 byte offsets into the parsed source.
 */
declare module 'mvdan-sh' {
  export interface Pos {
    Offset(): number;
    Line(): number;
    Col(): number;
  }
  export interface Node {
    Pos(): Pos;
    End(): Pos;
  }
  export interface Lit extends Node {
    Value: string;
  }
  export interface WordPart extends Node {
    /** Lit, SglQuoted */
    Value?: string;
    /** DblQuoted */
    Parts?: WordPart[];
    /** CmdSubst, ProcSubst */
    Stmts?: Stmt[];
  }
  export interface Word extends Node {
    Parts: WordPart[];
    /** The literal value when the word has no quotes or expansions, else "". */
    Lit(): string;
  }
  export interface Assign extends Node {
    Name: Lit | null;
    Value: Word | null;
    Naked: boolean;
  }
  export interface Redirect extends Node {
    Op: number;
    Word: Word | null;
    Hdoc: Word | null;
  }
  export interface Command extends Node {
    /** CallExpr */
    Args?: Word[] | Assign[];
    Assigns?: Assign[];
    /** BinaryCmd */
    Op?: number;
    X?: Stmt;
    Y?: Stmt;
    /** Subshell, Block */
    Stmts?: Stmt[];
    /** IfClause, WhileClause */
    Cond?: Stmt[];
    Then?: Stmt[];
    Else?: Command | null;
    /** WhileClause, ForClause */
    Do?: Stmt[];
    /** CaseClause */
    Items?: { Stmts: Stmt[] }[];
    /** FuncDecl */
    Body?: Stmt;
    /** TimeClause, CoprocClause */
    Stmt?: Stmt | null;
    /** DeclClause */
    Variant?: Lit;
  }
  export interface Stmt extends Node {
    Cmd: Command | null;
    Negated: boolean;
    Redirs: Redirect[];
  }
  export interface File extends Node {
    Stmts: Stmt[];
  }
  export interface Parser {
    Parse(src: string, name: string): File;
  }
  export interface ParseError {
    Text: string;
    Pos: Pos;
  }
  export interface Syntax {
    NewParser(...options: unknown[]): Parser;
    NodeType(node: unknown): string;
    KeepComments(keep: boolean): unknown;
  }
  const sh: { syntax: Syntax };
  export default sh;
}
