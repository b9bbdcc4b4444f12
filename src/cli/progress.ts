// Progress on stderr while reading many files: only on a terminal, never when CI is
// set, never with --quiet, and only past a threshold so short runs print nothing.

export const PROGRESS_MIN_FILES = 20;

export interface ProgressEnv {
  quiet?: boolean | undefined;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** Whether progress may be shown at all. */
export function showProgress({ quiet, isTTY, env }: ProgressEnv): boolean {
  return !quiet && isTTY && !env['CI'];
}

/** A callback that redraws "claimdiff: N/M files" on one line and clears it at the end. */
export function progressReporter(write: (s: string) => void, min = PROGRESS_MIN_FILES): (done: number, total: number) => void {
  return (done, total) => {
    if (total >= min) write(done >= total ? '\r\x1b[K' : `\rclaimdiff: ${done}/${total} files`);
  };
}

/** Options to spread into a path reader: `onProgress` when progress may be shown. */
export function progressOption(quiet: boolean | undefined): { onProgress?: (done: number, total: number) => void } {
  const on = showProgress({ quiet, isTTY: Boolean(process.stderr.isTTY), env: process.env });
  return on ? { onProgress: progressReporter((s) => process.stderr.write(s)) } : {};
}
