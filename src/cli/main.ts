/**
 * Shared entry-point wrapper: runs a CLI command and turns errors into one line on stderr with the
 * documented exit codes (2 for bad input, 1 for an internal failure).
 */
import { CliError } from './args.js';

/** Runs `command`; never lets a stack trace reach the user for bad input. */
export function runMain(command: () => Promise<void> | void): void {
  Promise.resolve()
    .then(command)
    .catch((err: unknown) => {
      const line = (err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ');
      if (err instanceof CliError) {
        process.stderr.write(`${line}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`error: ${line}\n`);
        process.exitCode = 1;
      }
    });
}
