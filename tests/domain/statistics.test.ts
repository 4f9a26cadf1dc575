import { formatCorrelation, mean, pearson } from '../../src/domain/statistics';

describe('Pearson correlation', () => {
  test('points on a rising line give 1, on a falling line −1', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBe(1);
    expect(pearson([1, 2, 3], [0, -1, -2])).toBe(-1);
  });

  test('a hand-computed case: anticipations 4, 1, 0, 3 against a contract 1, 0, 0, 1 give 3 / √10', () => {
    // means 2 and 0.5; Σdxdy = 3, Σdx² = 10, Σdy² = 1
    expect(pearson([4, 1, 0, 3], [1, 0, 0, 1])).toBeCloseTo(0.948683, 6);
  });

  test('correlation is — with fewer than 3 answers', () => {
    expect(pearson([1, 5], [0, 1])).toBeNull();
    expect(pearson([], [])).toBeNull();
    expect(formatCorrelation(pearson([1, 5], [0, 1]))).toBe('—');
  });

  test('a constant variable has no correlation (everyone answered oui)', () => {
    expect(pearson([1, 2, 3], [1, 1, 1])).toBeNull();
    expect(pearson([3, 3, 3], [0, 1, 0])).toBeNull();
  });

  test('uncorrelated data give 0', () => {
    expect(pearson([1, 2, 3, 4], [1, 0, 0, 1])).toBe(0);
  });

  test('lists of different lengths are a bug, not a result', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow();
  });
});

test('a coefficient is shown with two decimals and a French comma', () => {
  expect(formatCorrelation(3 / Math.sqrt(10))).toBe('0,95');
  expect(formatCorrelation(-0.7303)).toBe('-0,73');
  expect(mean([1, 2, 6])).toBe(3);
});
