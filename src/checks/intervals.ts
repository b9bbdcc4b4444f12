// A figure's shape ("about", "more than", a range) read as the interval of values it
// allows, widened by the tolerance of the rule that reads it.

import type { Hedge } from '../model.js';
import type { NumberMention } from '../engine/numbers.js';

export function figureInterval(m: NumberMention, tolerance: number, hedgeTolerance: number): [number, number] {
  const t = tolerance;
  const h = hedgeTolerance;
  const n = m.number;
  switch (m.shape) {
    case 'point': return [n * (1 - t), n * (1 + t)];
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
