/** Expected failures cross process boundaries as values: thrown errors lose their shape over IPC. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** A failure the user can be told about: a stable code for programs, a message for people (zh-CN). */
export interface AppError {
  code: string;
  message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
