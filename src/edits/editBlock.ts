/** One SEARCH/REPLACE edit as the model wrote it. */
export interface EditBlock {
  /** Repository-relative path; absent for single-file replies. */
  path?: string;
  search: string;
  replace: string;
  /** 1-based line in the reply where the block starts, for feedback. */
  line?: number;
}

/** How a block that failed to apply failed. */
export type EditFailureKind = "no_match" | "ambiguous" | "missing_file" | "refused_path";

export interface FailedBlock {
  /** Index of the block in the reply (0-based). */
  index: number;
  block: EditBlock;
  kind: EditFailureKind;
  /** 1-based line numbers where an ambiguous SEARCH matched. */
  candidateLines?: number[];
  /** The closest region of the file, numbered, when nothing matched. */
  closest?: { startLine: number; endLine: number; text: string; similarity: number };
  /** The REPLACE text is already in the file (the edit was probably applied before). */
  replaceAlreadyPresent?: boolean;
  /** Why the block failed, in words for the model: always set for `refused_path` and `missing_file`, and for an empty SEARCH on a non-empty file. */
  reason?: string;
}

export type MatchStrategy = "exact" | "whitespace" | "indentation" | "create";

export interface ApplyResult {
  content: string;
  failed: FailedBlock[];
  /** How each applied block matched, by block index. */
  applied?: { index: number; strategy: MatchStrategy; startLine: number }[];
}

export class EditParseError extends Error {
  /** 1-based line of the reply where parsing stopped. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = "EditParseError";
    this.line = line;
  }
}
