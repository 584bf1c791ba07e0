import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same keys, and another for other keys', () => {
    const draw = (...keys: number[]) => {
      const r = new SeededRandom(...keys);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(7, 1, 42)).toEqual(draw(7, 1, 42));
    expect(draw(7, 1, 42)).not.toEqual(draw(7, 1, 43));
    expect(draw(7, 1, 42)).not.toEqual(draw(8, 1, 42));
  });

  it('keeps whole numbers within both bounds and reaches each of them', () => {
    const r = new SeededRandom(3);
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(-2, 2)));
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2]);
  });

  it('draws in proportion to the weights, and never a value of weight 0', () => {
    const r = new SeededRandom(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[r.weighted([['a', 1], ['b', 3], ['c', 0]] as const)]++;
    // a: 1/4 of 20,000 = 5,000; b: 15,000 (within 2%).
    expect(Math.abs(counts.a - 5000)).toBeLessThan(400);
    expect(counts.c).toBe(0);
  });

  it('picks distinct items', () => {
    const r = new SeededRandom(9);
    const picked = r.distinct(['x', 'y', 'z'], 3);
    expect([...picked].sort()).toEqual(['x', 'y', 'z']);
    expect(r.distinct(['x'], 2)).toEqual(['x']);
  });

  it('counts arrivals with the asked-for mean, small or large', () => {
    const r = new SeededRandom(11);
    const mean = (lambda: number) => Array.from({ length: 5000 }, () => r.poisson(lambda)).reduce((a, b) => a + b, 0) / 5000;
    expect(mean(3)).toBeCloseTo(3, 0);
    expect(Math.abs(mean(400) - 400)).toBeLessThan(2);
    expect(r.poisson(0)).toBe(0);
  });
});
