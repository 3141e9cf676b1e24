// Reading a JSON argument file (or stdin) for the CLI, with one-line errors that name the file.
import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import type { CliIO } from './command';

export async function readTextArgument(path: string, io: CliIO): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : 'it cannot be read';
    throw new AppError('invalid_input', `${path}: ${why}`, 'file');
  }
}

export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'invalid JSON';
    throw new AppError('invalid_input', `${source}: not valid JSON (${detail})`, 'file');
  }
}
