// Entry point of the `claimdiff` command: run, then set the exit code (never
// process.exit mid-run, so output is flushed).

import { main } from './cli/program.js';

process.exitCode = await main(process.argv);
