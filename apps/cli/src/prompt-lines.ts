import { createInterface, type Interface } from 'node:readline';
import { RetortError } from '@retort/errors';

/** Ctrl-C (or end of input) at a prompt: exit 130, and say that nothing was written. */
export function cancelledError(): RetortError {
  return new RetortError('CANCELLED', 'Cancelled; nothing was written.', { exitCode: 130 });
}

/**
 * Questions on the terminal, answered line by line. Lines typed ahead are queued (never lost
 * between two questions); Ctrl-C or the end of input rejects every pending and later question
 * with `cancelledError()`.
 */
export class PromptLines {
  private readonly rl: Interface;
  private readonly queue: string[] = [];
  private waiting: { resolve(line: string): void; reject(error: Error): void } | null = null;
  private cancelled = false;
  private closing = false;
  private readonly onSignal = () => this.cancel();

  constructor() {
    this.rl = createInterface({ input: process.stdin, output: process.stderr });
    this.rl.on('line', (line) => {
      if (this.waiting) {
        const { resolve } = this.waiting;
        this.waiting = null;
        resolve(line);
      } else this.queue.push(line);
    });
    this.rl.on('SIGINT', this.onSignal);
    this.rl.on('close', () => {
      if (!this.closing) this.cancel();
    });
    process.once('SIGINT', this.onSignal);
  }

  ask(text: string): Promise<string> {
    process.stderr.write(text);
    if (this.queue.length) return Promise.resolve(this.queue.shift()!);
    if (this.cancelled) return Promise.reject(cancelledError());
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  close(): void {
    this.closing = true;
    process.removeListener('SIGINT', this.onSignal);
    this.rl.close();
  }

  private cancel(): void {
    this.cancelled = true;
    process.stderr.write('\n');
    this.waiting?.reject(cancelledError());
    this.waiting = null;
  }
}
