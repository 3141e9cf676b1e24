// Ctrl+C during long CLI work (a backup) asks the work to stop at its next step instead of killing the process
// mid-write, so what it leaves is whole: no partial file. A second Ctrl+C ends the process at once, as usual.
// Owns only the signal handling; each command decides what stopping means for it.

/** The exit code of work stopped by Ctrl+C (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

/** Runs `work` with Ctrl+C (SIGINT) and SIGTERM turned into a request to stop, which `stopRequested()` reports. */
export async function untilInterrupted<T>(work: (stopRequested: () => boolean) => Promise<T>): Promise<T> {
  let requested = false;
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const stopListening = (): void => signals.forEach((signal) => process.off(signal, onSignal));
  function onSignal(signal: NodeJS.Signals): void {
    if (!requested) {
      requested = true;
      return;
    }
    // Asked twice: the usual way out, with this handler gone.
    stopListening();
    process.kill(process.pid, signal);
  }
  signals.forEach((signal) => process.on(signal, onSignal));
  try {
    return await work(() => requested);
  } finally {
    stopListening();
  }
}
