/** The parts of an Octokit RequestError we look at, narrowed from `unknown`. */
export interface HttpErrorLike {
  status: number;
  message: string;
  /** GitHub's `errors[].message` values, when the response had them. */
  detailMessages: string[];
}

export function asHttpError(error: unknown): HttpErrorLike | null {
  if (typeof error !== "object" || error === null) return null;
  const status = (error as { status?: unknown }).status;
  if (typeof status !== "number") return null;
  const message = error instanceof Error ? error.message : "";
  const data = (error as { response?: { data?: unknown } }).response?.data;
  const detailMessages: string[] = [];
  if (typeof data === "object" && data !== null) {
    const errors = (data as { errors?: unknown }).errors;
    if (Array.isArray(errors)) {
      for (const entry of errors) {
        if (typeof entry === "string") detailMessages.push(entry);
        else if (typeof entry === "object" && entry !== null && typeof (entry as { message?: unknown }).message === "string") {
          detailMessages.push((entry as { message: string }).message);
        }
      }
    }
  }
  return { status, message, detailMessages };
}

export function hasStatus(error: unknown, status: number): boolean {
  return asHttpError(error)?.status === status;
}

/** GitHub's 422 for a comment or PR body over its size limit. */
export function isBodyTooLong(error: unknown): boolean {
  const http = asHttpError(error);
  if (http === null || http.status !== 422) return false;
  return [http.message, ...http.detailMessages].some((m) => /too long/i.test(m));
}
