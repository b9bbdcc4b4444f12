// Runs the built CLI as a user would: a child process, no colour, exit code kept.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../helpers.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `timeout` (ms, default 60 s) kills the child: a run that hangs then fails with code -1. */
export function claimdiff(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string>; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'claimdiff.js'), ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: '1', ...opts.env } as NodeJS.ProcessEnv,
    timeout: opts.timeout ?? 60_000,
    // The default 1 MB would cut a larger report short (ENOBUFS) and kill the child, and two cut
    // reports compared are not two reports compared: take all of it.
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
