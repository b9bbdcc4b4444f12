// A change drawn as inline SVG: value against date. A figure is a point; a hedged figure
// ("at least 110", "about 2,500") is a bar over its interval, an open end running to the
// edge of the chart. A status is a step on its scale. Undated claims are listed, not drawn.
// Coordinates are rounded so that the same report gives the same bytes.

import type { Conflict, RuleInfo } from '../../model.js';
import { type Claim, claimWhen, formatDateRange, sortByTime, timeline } from '../common.js';
import { cleanText, escapeHtml } from '../sanitize.js';

const W = 720;
const H = 260;
const M = { left: 110, right: 56, top: 20, bottom: 46 };
const DAY = 86_400_000;

const r = (n: number): string => String(Math.round(n * 10) / 10);

function x0(c: Claim): number | null {
  const iso = c.assertion.time?.start ?? c.document.date;
  if (!iso) return null;
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) return null;
  return t / DAY + (c.assertion.mark ?? 0) / 1440;
}

function niceTicks(lo: number, hi: number, n = 4): number[] {
  if (hi <= lo) return [lo];
  const raw = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

interface Point {
  c: Claim;
  x: number;
  /** Value, or the interval for a hedged figure (ends may be infinite). */
  y: number;
  low: number;
  high: number;
}

/** The SVG of a change, or null when fewer than two claims can be placed (undated, or not a figure or status). */
export function timelineSvg(conflict: Conflict, claims: Claim[], rule: RuleInfo | null, id: string): string | null {
  const ordered = sortByTime(claims);
  const kind = conflict.kind;
  if (kind !== 'quantity' && kind !== 'status') return null;
  let states: string[] = [];
  if (kind === 'status') {
    const seen = ordered.map((c) => (c.assertion.value.kind === 'status' ? c.assertion.value.state : ''));
    const scale = rule?.scale ?? [];
    states = [...scale.filter((s) => seen.includes(s)), ...[...new Set(seen)].filter((s) => !scale.includes(s))];
  }
  const points: Point[] = [];
  for (const c of ordered) {
    const x = x0(c);
    if (x === null) continue;
    const v = c.assertion.value;
    if (v.kind === 'quantity') points.push({ c, x, y: v.number, low: v.low, high: v.high });
    else if (v.kind === 'status') {
      const y = states.indexOf(v.state);
      points.push({ c, x, y, low: y, high: y });
    }
  }
  if (points.length < 2) return null;
  // One date far from the rest (a 2019 round among a week of 2025 reports) would crush the
  // others into one column: then dates are placed evenly, in order, and the chart says so.
  const days = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
  const span = (days[days.length - 1] ?? 0) - (days[0] ?? 0);
  const widest = days.slice(1).reduce((m, d, i) => Math.max(m, d - (days[i] ?? d)), 0);
  const ordinal = days.length >= 3 && span > 0 && widest > 0.7 * span;
  if (ordinal) for (const p of points) p.x = days.indexOf(p.x);
  const xs = points.map((p) => p.x);
  const finite = points.flatMap((p) => [p.y, p.low, p.high]).filter(Number.isFinite);
  let xlo = Math.min(...xs);
  let xhi = Math.max(...xs);
  if (xhi === xlo) {
    xlo -= 1;
    xhi += 1;
  }
  let ylo = kind === 'status' ? 0 : Math.min(...finite);
  let yhi = kind === 'status' ? Math.max(1, states.length - 1) : Math.max(...finite);
  if (kind === 'quantity') {
    const pad = (yhi - ylo) * 0.1 || Math.abs(yhi) * 0.1 || 1;
    ylo = Math.max(ylo >= 0 ? 0 : -Infinity, ylo - pad);
    yhi += pad;
  } else {
    ylo -= 0.5;
    yhi += 0.5;
  }
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const sx = (x: number) => M.left + ((x - xlo) / (xhi - xlo)) * pw;
  const clampY = (y: number) => Math.min(yhi, Math.max(ylo, y));
  const sy = (y: number) => M.top + (1 - (clampY(y) - ylo) / (yhi - ylo)) * ph;
  const parts: string[] = [];
  // y axis: nice figures, or the states of the scale
  const yTicks = kind === 'status' ? states.map((s, i) => ({ v: i, label: s })) : niceTicks(ylo, yhi).map((v) => ({ v, label: v.toLocaleString('en-US') }));
  for (const t of yTicks) {
    const y = r(sy(t.v));
    parts.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}"/>`);
    parts.push(`<text x="${M.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeHtml(cleanText(t.label))}</text>`);
  }
  // x axis: each distinct date once
  const dates = new Map<number, string>();
  for (const p of points) {
    const at = ordinal ? p.x : Math.floor(p.x);
    const day = ordinal ? Math.floor(days[p.x] ?? 0) : at;
    if (!dates.has(at)) dates.set(at, formatDateRange(new Date(day * DAY).toISOString().slice(0, 10)));
  }
  let lastLabelX = -Infinity;
  for (const [day, label] of dates) {
    const x = sx(day);
    parts.push(`<line class="axis" x1="${r(x)}" x2="${r(x)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}"/>`);
    if (x - lastLabelX >= 70) {
      parts.push(`<text x="${r(x)}" y="${H - M.bottom + 18}" text-anchor="middle">${escapeHtml(label)}</text>`);
      lastLabelX = x;
    }
  }
  parts.push(`<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}"/>`);
  parts.push(`<line class="axis" x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}"/>`);
  // the path through the values, then a mark per claim
  // A status moves in steps (it holds until the next report); a figure is joined point to point.
  const path = points
    .map((p, i) => {
      const prev = points[i - 1];
      if (i === 0 || !prev) return `M${r(sx(p.x))} ${r(sy(p.y))}`;
      return kind === 'status' ? `H${r(sx(p.x))} V${r(sy(p.y))}` : `L${r(sx(p.x))} ${r(sy(p.y))}`;
    })
    .join(' ');
  parts.push(`<path class="step" d="${path}"/>`);
  if (ordinal) parts.push(`<text x="${W - M.right}" y="${M.top - 6}" text-anchor="end">dates evenly spaced, in order</text>`);
  for (const p of points) {
    const x = sx(p.x);
    const label = `${cleanText(p.c.assertion.written)} (${claimWhen(p.c) ?? 'undated'})`;
    if (p.low !== p.high) {
      const top = sy(p.high);
      const bottom = sy(p.low);
      parts.push(`<rect class="bar" x="${r(x - 4)}" y="${r(top)}" width="8" height="${r(Math.max(2, bottom - top))}"><title>${escapeHtml(label)}</title></rect>`);
    }
    parts.push(`<circle class="point" cx="${r(x)}" cy="${r(sy(p.y))}" r="4"><title>${escapeHtml(label)}</title></circle>`);
  }
  const undated = ordered.length - points.length;
  const desc = `${timeline(claims)}${undated > 0 ? ` (${undated} undated claim${undated === 1 ? '' : 's'} not drawn)` : ''}`;
  return (
    `<svg class="timeline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-t">Timeline of ${escapeHtml(cleanText(conflict.subject))}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}
