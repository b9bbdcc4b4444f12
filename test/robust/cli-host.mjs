// A long-lived child process that runs the built CLI's main() once per message from
// the fuzz test (test/robust/cli-fuzz.test.ts), in the folder the message names, with
// stdout and stderr captured. One Node start-up for hundreds of cases instead of one
// each (0.15-0.35 s apiece); and because it is a process of its own, a hang or a crash
// kills only it, so the test can time a case out and report it. Plain JavaScript
// because Node 20 cannot run TypeScript and this file is loaded by Node, not vitest.
import { performance } from 'node:perf_hooks';
import { main } from '../../dist/cli/program.js';

const streams = [process.stdout, process.stderr];
const writes = streams.map((s) => s.write);

process.on('message', async ({ cwd, args }) => {
  const captured = ['', ''];
  streams.forEach((s, i) => {
    s.write = (chunk, encoding, callback) => {
      captured[i] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') done();
      return true;
    };
  });
  const home = process.cwd();
  let code = null;
  let threw = null;
  const t0 = performance.now();
  try {
    process.chdir(cwd);
    code = await main(['node', 'claimdiff', ...args]);
  } catch (e) {
    // main() promises never to throw; if it does, the test shows the stack.
    threw = e instanceof Error ? (e.stack ?? e.message) : String(e);
  } finally {
    const ms = performance.now() - t0;
    streams.forEach((s, i) => (s.write = writes[i]));
    process.chdir(home);
    process.send({ code, threw, stdout: captured[0], stderr: captured[1], ms });
  }
});
