/** Writing edited files failed; files already replaced in the same call were restored. */
export class EditWriteError extends Error {
  /** Repository-relative path whose write failed or was refused. */
  readonly path: string;
  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EditWriteError";
    this.path = path;
  }
}
