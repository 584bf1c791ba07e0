import { v4 as uuidv4 } from 'uuid';

/**
 * The `Idempotency-Key` sent with a registration: the same key when the same details are sent again
 * (a retry after an answer that never came), so the server makes one referral; a new key for new
 * details, and after a registration has succeeded.
 */
export class RegistrationKey {
  private last: { request: string; key: string } | null = null;

  // A random (v4) UUID; the uuid library also works where crypto.randomUUID does not (a page served over plain http on the network).
  constructor(private readonly newKey: () => string = uuidv4) {}

  for(request: object): string {
    const json = JSON.stringify(request);
    if (this.last?.request !== json) this.last = { request: json, key: this.newKey() };
    return this.last.key;
  }

  /** The registration succeeded: the next one is a new referral, even with the same details. */
  done(): void {
    this.last = null;
  }
}
