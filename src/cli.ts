// Entry point of the `claimdiff` command: run, then set the exit code (never
// process.exit mid-run, so output is flushed).

import { main } from './cli/program.js';

// A reader that goes away (`claimdiff scan … | head`) is not an error: stop quietly, as
// ripgrep does. Any other write error on stdout is one line and exit 2.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`claimdiff: cannot write the report: ${e.code ?? e.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv);
