import type { Actor, Principal } from '@camhs/application';
import type { Request } from 'express';

/** The express request as this API decorates it (request id, then the guard's principal and actor). */
export interface ApiRequest extends Request {
  requestId: string;
  principal?: Principal;
  actor?: Actor;
}
