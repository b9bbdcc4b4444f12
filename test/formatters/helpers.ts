import type { Report } from '../../src/model.js';

/** ESC, other C0 controls except \t and \n, DEL, C1 controls. */
// eslint-disable-next-line no-control-regex
export const CONTROL_BYTES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Removes the SGR sequences chalk emits, so that any other escape left over is visible. */
// eslint-disable-next-line no-control-regex
export const stripSgr = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

/** The sample report with every assertion moved down `by` lines (as if text were inserted above). */
export function shiftLines(report: Report, by: number): Report {
  const r = structuredClone(report);
  for (const a of r.assertions) {
    a.location.line += by;
    a.location.endLine += by;
  }
  return r;
}
