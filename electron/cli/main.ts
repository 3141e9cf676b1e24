// Entry point of the headless CLI (`npm run --silent scopewise -- <command>`): wires runCli to the real process.
import { runCli } from './run';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// `scopewise list | head`: the reader closed the pipe, and what is left to print has nobody to read it. Stop quietly
// (exit 0, nothing on stderr) instead of an EPIPE stack trace; a write error of any other kind is still one.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin,
  ...(process.stderr.isTTY ? { progress: (line: string | null) => process.stderr.write(line === null ? '\r\x1b[K' : `\r${line}\x1b[K`) } : {}),
  drained: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve()),
});
process.exitCode = code;
