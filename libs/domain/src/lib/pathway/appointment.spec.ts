import { recordAppointmentOutcome } from './appointment';

describe('appointment outcome', () => {
  it('records attended, DNA or cancelled for a booked appointment, once', () => {
    expect(recordAppointmentOutcome('booked', 'attended')).toEqual({ ok: true, value: 'attended' });
    expect(recordAppointmentOutcome('booked', 'dna')).toEqual({ ok: true, value: 'dna' });
    expect(recordAppointmentOutcome('attended', 'cancelled')).toEqual({ ok: false, reason: 'the appointment is already recorded as attended', concern: 'state' });
  });
});
