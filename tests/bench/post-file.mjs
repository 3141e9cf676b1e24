// A child of the bench that sends one file as the browser sends a chosen file (its bytes, application/octet-stream) to
// one channel of `scopewise serve`, and prints the answer as one JSON line. Run as its own process so that reading,
// holding and streaming tens of megabytes never pauses the process that times serve's answers.
// Usage: node tests/bench/post-file.mjs <file> <origin> <channel>, the session token in SCOPEWISE_TOKEN.
import { openAsBlob } from 'node:fs';

const [file, origin, channel] = process.argv.slice(2);
const token = process.env.SCOPEWISE_TOKEN;
if (file === undefined || origin === undefined || channel === undefined || token === undefined) {
  process.stderr.write('usage: SCOPEWISE_TOKEN=<token> node tests/bench/post-file.mjs <file> <origin> <channel>\n');
  process.exit(2);
}
const response = await fetch(`${origin}/api/${channel}`, {
  method: 'POST',
  headers: { 'X-Scopewise-Token': token, 'Content-Type': 'application/octet-stream' },
  body: await openAsBlob(file),
});
process.stdout.write(`${JSON.stringify(await response.json())}\n`);
