/**
 * The result of a pathway move: the new state, or why the move is not allowed. `concern` says what
 * the refusal is about: the record's current `state` (an adapter answers 409: it conflicts with what
 * is recorded), a `date` out of order, or another `detail` of the request.
 */
export type Refusal = { ok: false; reason: string; concern: 'state' | 'date' | 'detail' };
export type Transition<T> = { ok: true; value: T } | Refusal;

export const allow = <T>(value: T): Transition<T> => ({ ok: true, value });
export const refuse = <T>(reason: string, concern: Refusal['concern'] = 'detail'): Transition<T> => ({ ok: false, reason, concern });
