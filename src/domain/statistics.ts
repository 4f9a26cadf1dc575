import { IMPACT_TEXT } from './messages/reporting';

/**
 * The statistics of the impact table (SPEC §3 Impact): Pearson's r between the number of anticipated needs and an
 * outcome coded 0/1 (the point-biserial correlation is Pearson's r on a 0/1 variable).
 */

/**
 * Pearson's correlation coefficient, or null when it means nothing: fewer than 3 pairs (two points always lie on a
 * line) or a constant variable (zero variance, r undefined).
 */
export function pearson(xs: number[], ys: number[]): number | null {
  if (xs.length !== ys.length) throw new Error(`pearson: ${xs.length} x values for ${ys.length} y values`);
  const n = xs.length;
  if (n < 3) return null;
  const meanX = mean(xs);
  const meanY = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - meanX;
    const dy = ys[i] - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // Rounding can push |r| a hair above 1 for perfectly aligned points.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? 0 : sum / values.length;
}

/** `0,42` — two decimals with a French decimal comma, or `—` when there is no coefficient. */
export function formatCorrelation(r: number | null): string {
  return r === null ? IMPACT_TEXT.noCorrelation : r.toFixed(2).replace('.', ',').replace(/^-0,00$/, '0,00');
}
