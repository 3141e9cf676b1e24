// Entry point of the headless CLI (`npm run --silent scopewise -- <command>`): wires runCli to the real process.
import { runCli } from './run';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin,
  ...(process.stderr.isTTY ? { progress: (line: string | null) => process.stderr.write(line === null ? '\r\x1b[K' : `\r${line}\x1b[K`) } : {}),
  drained: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve()),
});
process.exitCode = code;
