// Steady traffic for the outage scenarios: lanes that register referrals and complete their access,
// list referrals and ask for health, recording every answer with the phase it was sent in.
import { addDays, registration } from './pathway.mjs';
import { sleep } from './report.mjs';

export class Traffic {
  constructor(client, { tag, today, lanes = 3, firstNumber = 1 }) {
    this.client = client;
    this.tag = tag;
    this.today = today;
    this.lanes = lanes;
    this.next = firstNumber;
    this.phase = 'before';
    this.answers = [];
    this.created = new Set();
    this.stopped = false;
  }

  /** Send a request and record its answer under the phase it was sent in. */
  async send(kind, request) {
    const phase = this.phase;
    const sentAt = Date.now();
    const res = await request();
    this.answers.push({ phase, kind, sentAt, answeredAt: Date.now(), status: res.status, error: res.error, message: res.body?.message, retryAfter: res.headers?.get?.('retry-after') ?? null });
    return res;
  }

  start() {
    this.running = Promise.all(Array.from({ length: this.lanes }, (_, lane) => this.lane(lane)));
    return this;
  }

  async lane(lane) {
    while (!this.stopped) {
      if (lane === 0) {
        await this.send('health', () => this.client.get('/health'));
        await this.send('read', () => this.client.get('/referrals?page=1'));
      } else {
        const n = this.next++;
        const reg = await this.send('register', () => this.client.post('/referrals', registration(this.tag, n, { receivedOn: addDays(this.today, -5) })));
        if (reg.status === 201) {
          this.created.add(reg.body.id);
          const move = { version: reg.body.version, completedOn: addDays(this.today, -4), outcome: 'accepted' };
          await this.send('move', () => this.client.post(`/referrals/${reg.body.id}/access`, move));
        }
      }
      // A steady trickle, not a flood: the point is what the answers are, not how many.
      await sleep(150);
    }
  }

  async stop() {
    this.stopped = true;
    await this.running;
  }

  /** Answers by phase and status, e.g. { during: { 201: 4, 503: 12 } }. */
  tally(filter = () => true) {
    const t = {};
    for (const a of this.answers.filter(filter)) {
      t[a.phase] ??= {};
      const key = a.status === 0 ? `no answer (${a.error})` : a.status;
      t[a.phase][key] = (t[a.phase][key] ?? 0) + 1;
    }
    return t;
  }
}
