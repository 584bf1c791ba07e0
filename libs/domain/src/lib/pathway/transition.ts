/** The result of a pathway move: the new state, or why the move is not allowed. */
export type Transition<T> = { ok: true; value: T } | { ok: false; reason: string };

export const allow = <T>(value: T): Transition<T> => ({ ok: true, value });
export const refuse = <T>(reason: string): Transition<T> => ({ ok: false, reason });
