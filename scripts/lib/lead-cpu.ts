import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

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

/** Every thread of `pid` on `cpuList` (util-linux's taskset). */
function pin(pid: number, cpuList: string): void {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpuList, String(pid)], { stdio: 'ignore' });
  } catch (error) {
    throw new Error(`taskset could not pin process ${String(pid)} to CPUs ${cpuList}`, {
      cause: error,
    });
  }
}

/**
 * The CPUs left to the gateway and its load when the lead's Chromium takes `cpu` (a list for
 * taskset), or a clear error when this machine has no such CPU or only one.
 */
export function otherCpus(cpu: number): string {
  const count = cpus().length;
  if (count < 2) throw new Error('--lead-cpu needs a machine with two CPUs or more');
  if (cpu >= count) {
    throw new Error(`--lead-cpu ${String(cpu)}: this machine has CPUs 0 to ${String(count - 1)}`);
  }
  return Array.from({ length: count }, (_, i) => i)
    .filter((i) => i !== cpu)
    .join(',');
}

/**
 * Gives the lead's Chromium a CPU of its own, as if the lead's desktop were its own PC: every
 * thread of the browser this benchmark started on `cpu`, and every thread of this process (the
 * gateway, the agents' and the load's workers) on `others` (from `otherCpus`). A PostgreSQL
 * server is not this process's: pin it apart (`taskset -a -p -c 0 <postmaster pid>`). Linux, with
 * taskset. Returns how many browser processes it pinned.
 */
export function pinLeadBrowser(cpu: number, others: string): number {
  const browser = descendants(process.pid).filter(isChromium);
  if (browser.length === 0) throw new Error('no Chromium process found under this benchmark');
  pin(process.pid, others);
  for (const pid of browser) pin(pid, String(cpu));
  return browser.length;
}
