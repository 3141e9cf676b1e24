// Long work's threads (an import, an export, a proposal's render) give way to the threads that answer calls: on Linux
// each thread has a nice value of its own, and the worker that calls yieldToCallers() lowers its own, so on a busy
// machine with two cores a small call is answered at once while a 5,000-assessment import runs. Elsewhere a thread's
// priority cannot be set apart from its process's, and nothing changes.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The nice value of a long-work thread: well below the answering threads (0), far from idle (19). */
export const BACKGROUND_NICE = 10;

/** This thread's id in the kernel (Linux), from /proc/thread-self, or null elsewhere. */
export function kernelThreadId(): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/** Lowers the priority of the calling thread (only it, not its process) to BACKGROUND_NICE; false when it cannot. */
export function yieldToCallers(): boolean {
  const id = kernelThreadId();
  if (id === null) return false;
  try {
    setPriority(id, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
