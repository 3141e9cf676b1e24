// What a CLI command is: its name, help text, option spec and run function. The registry lives in commands.ts.
import type { ParseArgsConfig } from 'node:util';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Resolves once what `out` was given has been handed on, for a command streaming more than fits in memory. */
  drained?: () => Promise<void>;
  /**
   * Shows how far long work is, as one line rewritten in place (null clears it). Given only when stderr is a terminal
   * (electron/cli/main.ts): a pipe or a log file never receives progress lines.
   */
  progress?: (line: string | null) => void;
}

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  io: CliIO;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  details: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the process exit code. Bad input throws AppError('invalid_input'), which becomes exit 2. */
  run: (context: CommandContext) => Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
