import { readdirSync, readFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/** This process's descendants (by parent pid), from /proc. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      // `pid (comm) state ppid …`: comm may hold spaces, so read after its closing bracket.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(pid, ppid);
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

/**
 * Gives the browser this benchmark started (every thread of every process under this one whose
 * command line is Chromium's) scheduling priority over the gateway and its load, as if the lead's
 * desktop were its own PC. Linux only, and it needs the right to raise priority (root or
 * CAP_SYS_NICE). Returns how many threads it raised.
 */
export function prioritizeBrowser(): number {
  let raised = 0;
  for (const pid of descendants(process.pid)) {
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!/chrom/i.test(cmdline.split('\0')[0] ?? '')) continue;
    for (const tid of readdirSync(`/proc/${String(pid)}/task`)) {
      setPriority(Number(tid), constants.priority.PRIORITY_HIGH);
      raised += 1;
    }
  }
  if (raised === 0) throw new Error('no Chromium process found under this benchmark');
  return raised;
}
