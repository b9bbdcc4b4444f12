// The test's side of cli-host.mjs: send a case, wait for its result, and turn a hang
// (no answer in time) or a dead host into a failed result that names the cause. A new
// host is started after either, so shrinking can go on.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../helpers.js';

export interface HostRun {
  /** main()'s exit code; null when it threw, hung or the host died. */
  code: number | null;
  /** Why there is no code: main() threw (its stack), timed out, or the host died. */
  threw: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export const cliEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: '1' });

export class CliHost {
  private child: ChildProcess | null = null;
  private output = '';

  private start(): ChildProcess {
    this.output = '';
    const child = fork(join(root, 'test', 'robust', 'cli-host.mjs'), [], { execArgv: [], env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    // Anything the host prints outside a case's capture (late writes, Node warnings) is kept for the failure message.
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    return child;
  }

  run(cwd: string, args: string[], timeoutMs: number): Promise<HostRun> {
    const child = this.child ?? this.start();
    return new Promise((resolve) => {
      const t0 = performance.now();
      const fail = (why: string): void => {
        finish();
        this.stop();
        resolve({ code: null, threw: why, stdout: '', stderr: this.output, ms: performance.now() - t0 });
      };
      const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms (hang)`), timeoutMs);
      const onMessage = (m: HostRun): void => {
        finish();
        resolve(m);
      };
      const onExit = (code: number | null, signal: string | null): void => fail(`host died (exit ${code}, signal ${signal}): ${this.output}`);
      const finish = (): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ cwd, args });
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = null;
  }
}
