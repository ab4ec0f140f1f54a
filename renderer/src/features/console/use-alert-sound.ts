import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ConsoleAlert } from '../../../../shared/schemas/console-alerts';

type AudioContextClass = typeof AudioContext;

const NONE: readonly ConsoleAlert[] = [];

interface AlertWatch {
  alerts: readonly ConsoleAlert[] | undefined;
  /** Every alert id seen on a board so far; null until the first board. */
  seen: ReadonlySet<string> | null;
  /** The unacknowledged alerts the latest change brought (kept until another brings some). */
  fresh: readonly ConsoleAlert[];
}

/**
 * The unacknowledged alerts that appeared since the last board: none for the first board (what
 * was already there when the console opened is not news) and never the same id twice. The same
 * array comes back until a board brings new ones, so it can drive an effect.
 */
export function useNewAlerts(alerts: readonly ConsoleAlert[] | undefined): readonly ConsoleAlert[] {
  const [watch, setWatch] = useState<AlertWatch>({ alerts: undefined, seen: null, fresh: NONE });
  if (alerts !== undefined && alerts !== watch.alerts) {
    // Derived while rendering (React's "state from the previous props"), not in an effect.
    const { seen } = watch;
    const fresh =
      seen === null ? [] : alerts.filter((a) => a.acknowledgedAt === null && !seen.has(a.id));
    const nextSeen = new Set(seen ?? []);
    for (const alert of alerts) nextSeen.add(alert.id);
    setWatch({ alerts, seen: nextSeen, fresh: fresh.length > 0 ? fresh : watch.fresh });
  }
  return watch.fresh;
}

/** How long the beep lasts, in seconds. */
const BEEP_SECONDS = 0.32;
/**
 * At most one beep in this long: in a storm of alerts (a new batch at nearly every board) one
 * beep says "look", and a beep at every board would be a continuous noise.
 */
export const BEEP_GAP_MS = 4_000;
/** The audio is suspended this long after a beep ends (an idle context still renders silence). */
const SUSPEND_AFTER_MS = 500;

/** A short two-tone beep on WebAudio; silently nothing where there is no audio. */
function beep(context: AudioContext): void {
  // Resumed from rest (a suspend still on its way is undone too; resuming a running one is a no-op).
  void context.resume().catch(() => undefined);
  const start = context.currentTime;
  const gain = context.createGain();
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
  gain.connect(context.destination);
  const oscillator = context.createOscillator();
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(880, start);
  oscillator.frequency.setValueAtTime(660, start + 0.15);
  oscillator.connect(gain);
  oscillator.start(start);
  oscillator.stop(start + BEEP_SECONDS);
}

/**
 * Suspends the audio: no more rendering of silence. A new context is still starting ('suspended'
 * until its device runs), and suspending it now keeps it from starting at all.
 */
function rest(context: AudioContext): void {
  if (context.state !== 'closed') void context.suspend().catch(() => undefined);
}

/** WebAudio's context class; absent in some environments (tests, locked-down browsers), whatever the DOM types say. */
function audioContextClass(): AudioContextClass | undefined {
  return (globalThis as { AudioContext?: AudioContextClass }).AudioContext;
}

/** Runs `task` when the page is next idle (soon after, where the browser cannot tell). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/**
 * Plays the beep for a batch of new alerts, at most once every `BEEP_GAP_MS`, unless the lead
 * muted it. The audio context is made while the page is idle once the console is open: making one
 * opens the audio device, which held the page's thread 50–100 ms, and that should not happen as
 * the first alert arrives with a board to draw. Between beeps it is suspended: a running context
 * renders silence on a real-time thread 100 times a second, taking a core from the page.
 */
export function useAlertSound(fresh: readonly ConsoleAlert[], muted: boolean): void {
  const context = useRef<AudioContext | null>(null);
  const lastBeep = useRef(Number.NEGATIVE_INFINITY);
  const resting = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ready = useEffectEvent((): AudioContext | null => {
    if (context.current !== null) return context.current;
    const Context = audioContextClass();
    if (Context === undefined) return null;
    try {
      context.current = new Context();
      rest(context.current);
    } catch {
      // No sound device or audio refused: the alert is still on screen and announced.
    }
    return context.current;
  });
  const play = useEffectEvent(() => {
    if (muted || Date.now() - lastBeep.current < BEEP_GAP_MS) return;
    const audio = ready();
    if (audio === null) return;
    try {
      beep(audio);
      lastBeep.current = Date.now();
      clearTimeout(resting.current);
      resting.current = setTimeout(() => rest(audio), BEEP_SECONDS * 1000 + SUSPEND_AFTER_MS);
    } catch {
      // As above: the alert is still on screen and announced.
    }
  });
  // Sync with the audio device: ready before the first alert, unless the lead muted it.
  useEffect(() => (muted ? undefined : whenIdle(() => ready())), [muted]);
  // A new batch of alerts makes one sound.
  useEffect(() => {
    if (fresh.length > 0) play();
  }, [fresh]);
  useEffect(
    () => () => {
      clearTimeout(resting.current);
      void context.current?.close().catch(() => undefined);
      context.current = null;
    },
    [],
  );
}
