/** Whatever was thrown, as an Error (a thrown string or value keeps its text as the message). */
export function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
