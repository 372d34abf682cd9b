/** What a reader of test output may know beyond the text. */
export interface ReaderContext {
  /** The directory the command ran in, to make the absolute paths some runners print relative. */
  cwd?: string;
}
