import { describe, expect, it } from 'vitest';
import { putFirst, type RunCommand } from './lead-cpu.js';

/** A chrt that refuses the pids given and records every call. */
function fakeChrt(refused: number[] = []) {
  const calls: string[] = [];
  const run: RunCommand = (command, args) => {
    calls.push([command, ...args].join(' '));
    const pid = Number(args.at(-1));
    if (args.includes('--rr') && refused.includes(pid))
      throw new Error('Operation not permitted\nmore');
  };
  return { run, calls };
}

describe("the lead's browser first on the cores", () => {
  it('raises every thread of every browser process to round-robin real time', () => {
    const chrt = fakeChrt();
    expect(putFirst([11, 12], chrt.run)).toEqual({ first: true, processes: 2 });
    expect(chrt.calls).toEqual([
      'chrt --all-tasks --rr --pid 5 11',
      'chrt --all-tasks --rr --pid 5 12',
    ]);
  });

  it('puts back the ones it raised when one cannot be, and says why', () => {
    const chrt = fakeChrt([13]);
    const result = putFirst([11, 12, 13], chrt.run);
    expect(result).toEqual({
      first: false,
      reason: expect.stringContaining('Operation not permitted') as string,
    });
    expect(result.first ? '' : result.reason).toMatch(/root or CAP_SYS_NICE/);
    expect(chrt.calls.slice(3)).toEqual([
      'chrt --all-tasks --other --pid 0 11',
      'chrt --all-tasks --other --pid 0 12',
    ]);
  });

  it('says so when there is no browser to raise', () => {
    expect(putFirst([], fakeChrt().run)).toEqual({
      first: false,
      reason: 'no Chromium process found',
    });
  });
});
