/**
 * The renderer announces itself (`app:renderer-ready`) before main pushes anything to it,
 * so no push can race the renderer's subscriptions. A reload or crash makes it not ready again.
 */
export interface RendererReadiness {
  isReady(): boolean;
  /** Called by the `app:renderer-ready` handler. Runs the pushes that were waiting. */
  markReady(): void;
  /** The page is going away (reload, crash): wait for the next announcement. */
  reset(): void;
  /** Runs `push` now if the renderer is ready, else as soon as it announces itself. */
  whenReady(push: () => void): void;
}

export function createRendererReadiness(): RendererReadiness {
  let ready = false;
  let waiting: (() => void)[] = [];
  return {
    isReady: () => ready,
    markReady() {
      ready = true;
      const due = waiting;
      waiting = [];
      for (const push of due) push();
    },
    reset() {
      ready = false;
    },
    whenReady(push) {
      if (ready) push();
      else waiting.push(push);
    },
  };
}
