// The CLI dispatcher: parses argv, prints help, runs a command and maps errors to exit codes (2 for bad input).
// Testable in-process: all output goes through the CliIO it is given.
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { storageError } from '../../shared/storage-error';
import { EXIT_BAD_INPUT, EXIT_FAILURE, type CliIO, type Command } from './command';
import { COMMANDS } from './commands';

function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  const lines = commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: npm run --silent scopewise -- <command> [options]',
    '',
    "Scopewise recommends Django, Flask or FastAPI from a project's requirements.",
    '',
    'Commands:',
    ...lines,
    '',
    'Run a command with --help for its details. Bad input exits with code 2.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => `  --${name}${spec.type === 'string' ? ' <value>' : ''}`);
  return [
    `Usage: npm run --silent scopewise -- ${command.usage}`,
    '',
    command.summary,
    '',
    command.details,
    ...(options.length ? ['', 'Options:', ...options] : []),
    '',
  ].join('\n');
}

function fail(io: CliIO, message: string): number {
  io.err(`scopewise: ${message}\n`);
  return EXIT_BAD_INPUT;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp(await Promise.all(COMMANDS.map((entry) => entry.load()))));
    return name === undefined ? EXIT_BAD_INPUT : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry === undefined) return fail(io, `unknown command "${name}"; commands are ${COMMANDS.map((c) => c.name).join(', ')} (try --help)`);
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    return fail(io, `${name}: ${error instanceof Error ? (error.message.split(/\.\s/)[0] ?? error.message) : 'bad arguments'} (try ${name} --help)`);
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined>, io });
  } catch (error) {
    if (error instanceof AppError && error.code !== 'internal') return fail(io, error.message);
    // A command may commit in several steps (demo does), so the message does not claim nothing was written.
    const known = storageError(error, name, false);
    if (known !== null) {
      io.err(`scopewise: ${known.message}\n`);
      return EXIT_FAILURE;
    }
    io.err(`scopewise: ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
