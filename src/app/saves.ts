/**
 * Records still being written, across messages. The record form belongs to one message, and a
 * pinned pane replaces it when the reader moves on; a write still running then must not fail
 * unseen ("nothing is half-written silently"). The pane lists the failures of messages no
 * longer shown, with the subject, until the reader dismisses them.
 */
export interface FailedSave {
  internetMessageId: string;
  subject: string;
  message: string;
}

export class SaveTracker {
  private failed: readonly FailedSave[] = [];
  private readonly listeners = new Set<() => void>();

  /** Follows one write; its failure is kept until it is dismissed or the same message records again. */
  track<T>(internetMessageId: string, subject: string, write: Promise<T>, describe: (error: unknown) => string): Promise<T> {
    this.set(this.failed.filter((f) => f.internetMessageId !== internetMessageId));
    write.catch((error: unknown) => this.set([...this.failed.filter((f) => f.internetMessageId !== internetMessageId), { internetMessageId, subject, message: describe(error) }]));
    return write;
  }

  dismiss(internetMessageId: string): void {
    this.set(this.failed.filter((f) => f.internetMessageId !== internetMessageId));
  }

  /** For React's useSyncExternalStore: the same array until something changes. */
  readonly failures = (): readonly FailedSave[] => this.failed;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private set(next: readonly FailedSave[]): void {
    if (next.length === 0 && this.failed.length === 0) return;
    this.failed = next;
    this.listeners.forEach((l) => l());
  }
}
