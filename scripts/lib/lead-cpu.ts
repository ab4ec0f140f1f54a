import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** This process's descendants (by parent pid), from /proc. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      // `pid (comm) state ppid …`: comm may hold spaces, so read after its closing bracket.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parentOf) {
      if (parent === pid) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

const isChromium = (pid: number) => {
  try {
    const command = readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return /chrom/i.test(command);
  } catch {
    return false;
  }
};

/** Runs a command, throwing when it fails (execFileSync's contract). */
export type RunCommand = (command: string, args: string[]) => void;

const runQuietly: RunCommand = (command, args) => {
  execFileSync(command, args, { stdio: 'ignore' });
};

/** Real-time priority (SCHED_RR) of the lead's browser: above every ordinary process. */
const FIRST_PRIORITY = '5';

export type LeadCores = { first: true; processes: number } | { first: false; reason: string };

/**
 * Puts every thread of the browsers in `pids` first in line for a core (util-linux's chrt,
 * round-robin real-time priority), as if the lead's desktop were its own PC: the gateway,
 * PostgreSQL and the simulated agents then use what the browser leaves, and a task of the lead's
 * page takes as long as its own work, not its work plus its waits for a core they hold. Needs
 * root or CAP_SYS_NICE. All or nothing: when one process cannot be moved, those moved go back to
 * ordinary scheduling and the answer says why. Linux's real-time throttling still leaves ordinary
 * processes 5% of each second, whatever the browser does.
 */
export function putFirst(pids: readonly number[], run: RunCommand = runQuietly): LeadCores {
  if (pids.length === 0) return { first: false, reason: 'no Chromium process found' };
  const moved: number[] = [];
  for (const pid of pids) {
    try {
      run('chrt', ['--all-tasks', '--rr', '--pid', FIRST_PRIORITY, String(pid)]);
      moved.push(pid);
    } catch (error) {
      for (const back of moved) {
        try {
          run('chrt', ['--all-tasks', '--other', '--pid', '0', String(back)]);
        } catch {
          // It ended meanwhile: nothing to put back.
        }
      }
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return {
        first: false,
        reason: `chrt could not raise process ${String(pid)} (${detail ?? 'no detail'}); it needs root or CAP_SYS_NICE`,
      };
    }
  }
  return { first: true, processes: moved.length };
}

/** The Chromium processes this benchmark started, put first on the cores (see `putFirst`). */
export function putLeadBrowserFirst(): LeadCores {
  return putFirst(descendants(process.pid).filter(isChromium));
}
