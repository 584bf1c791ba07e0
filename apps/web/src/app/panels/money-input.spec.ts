import { MAX_FORM_PENCE, parsePounds, poundsInput } from './money-input';

describe('pounds typed into a form', () => {
  it('reads pounds, with or without pence, a pound sign or thousands separators, as whole pence', () => {
    expect(parsePounds('45')).toBe(4500);
    expect(parsePounds('45.5')).toBe(4550);
    expect(parsePounds('45.50')).toBe(4550);
    expect(parsePounds(' £11.26 ')).toBe(1126);
    expect(parsePounds('£1,126.50')).toBe(112650);
    expect(parsePounds('2,000,000')).toBe(200000000);
    expect(parsePounds('0.29')).toBe(29); // 0.29 × 100 is 28.999… in floating point
    expect(parsePounds('0')).toBe(0);
  });

  it('refuses what is not an amount of money', () => {
    for (const text of ['', ' ', 'forty', '-5', '45.505', '45.', '.5', '1,12', '£', '4 5', '1e3']) expect([text, parsePounds(text)]).toEqual([text, null]);
  });

  it('refuses more than £10 million', () => {
    expect(parsePounds('10,000,000')).toBe(MAX_FORM_PENCE);
    expect(parsePounds('10000000.01')).toBeNull();
  });

  it('shows pence for editing as pounds with two decimal places', () => {
    expect(poundsInput(4500)).toBe('45.00');
    expect(poundsInput(1126)).toBe('11.26');
    expect(poundsInput(5)).toBe('0.05');
    expect(poundsInput(200000000)).toBe('2000000.00');
    expect(poundsInput(null)).toBe('');
  });
});
