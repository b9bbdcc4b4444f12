// What the CLI shares: exit codes, colour, writing the report, one-line errors.

import { randomBytes } from 'node:crypto';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { stripControls } from '../formatters/index.js';

export const EXIT = { clean: 0, conflicts: 1, error: 2 } as const;

/**
 * A usage, config or input problem: one line on stderr, exit code 2, no stack trace.
 * `positioned` lines already start with file:line:column and are printed bare, so
 * that editors and CI problem matchers can read them.
 */
export class CliError extends Error {
  constructor(message: string, readonly positioned = false) {
    super(message);
  }
}

export interface ColorChoice {
  color?: boolean;
}

/** Colour only on a terminal; --color/--no-color win, then NO_COLOR, then FORCE_COLOR. */
export function useColor(flag: boolean | undefined, toFile: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  return !toFile && isTTY;
}

/** Writes the whole report or nothing: a temporary file beside the target, then a rename. */
export function writeOutput(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? `the folder ${dirname(file)} does not exist`
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'is a directory'
      : code ?? (e as Error).message.split('\n')[0];
    throw new CliError(`cannot write ${file}: ${why}`);
  }
}

/**
 * A path or value from the user, fit for a one-line message: no controls, no line breaks
 * (a file name with a line break in it cannot start a `claimdiff:` line of its own).
 */
export function oneLine(text: string): string {
  return stripControls(text).replace(/[\r\n\u2028\u2029]+/g, ' ');
}

export function warn(line: string): void {
  process.stderr.write(`claimdiff: ${oneLine(line)}\n`);
}

/** All of standard input (for `-` among the paths). */
export function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}
