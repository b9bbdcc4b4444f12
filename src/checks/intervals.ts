// A figure's shape ("about", "more than", a range) read as the interval of values it
// allows, widened by the tolerance of the rule that reads it.

import type { Hedge } from '../model.js';
import type { NumberMention } from '../engine/numbers.js';

/**
 * The step of the last digit written: "3.6 billion" 100 million, "5,000" 1,000, "14" 1;
 * null for a figure written in words or without digits.
 */
export function writtenStep(m: NumberMention): number | null {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(m.written)?.[0]?.replace(/,/g, '');
  if (!digits) return null;
  const mantissa = Number(digits);
  if (!(mantissa > 0) || !Number.isFinite(mantissa)) return null;
  const dot = digits.indexOf('.');
  const step = (dot >= 0 ? 10 ** -(digits.length - dot - 1) : 10 ** (/0*$/.exec(digits)?.[0].length ?? 0)) * (m.number / mantissa);
  return Number.isFinite(step) && step > 0 ? step : null;
}

export function figureInterval(m: NumberMention, tolerance: number, hedgeTolerance: number): [number, number] {
  const t = tolerance;
  const h = hedgeTolerance;
  const n = m.number;
  switch (m.shape) {
    case 'point': {
      // An exact figure is never read as one that would have been written otherwise: "$3.5 billion"
      // is not "$3.6 billion", though they are within 3% of each other.
      if (!Number.isFinite(n)) return [n * (1 - t), n * (1 + t)];
      const step = writtenStep(m);
      const half = step === null ? Math.abs(n) * t : Math.min(Math.abs(n) * t, 0.49 * step);
      return [n - half, n + half];
    }
    case 'about': return [n * (1 - h), n * (1 + h)];
    case 'below': return [n * (1 - h), n];
    case 'above':
    case 'atLeast': return [n, Number.POSITIVE_INFINITY];
    case 'atMost': return [0, n];
    case 'range': return [n * (1 - t), m.upper * (1 + t)];
    case 'vague': return [n, m.upper];
  }
}

export const HEDGE_OF: Record<NumberMention['shape'], Hedge> = { point: 'exact', about: 'approx', below: 'approx', above: 'min', atLeast: 'min', atMost: 'max', range: 'range', vague: 'vague' };
