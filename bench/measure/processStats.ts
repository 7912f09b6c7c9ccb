import { readFileSync } from "node:fs";

// Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks.
const TICKS_PER_SECOND = 100;

interface Sample {
  at: number;
  cpuTicks: number;
  rssKb: number;
}

/** What the server process used while a scenario ran. */
export interface ProcessUsage {
  /** Mean CPU over the window, in % of one core (200 % = two cores busy). */
  cpuPercent: number;
  peakRssMb: number;
  endRssMb: number;
}

function sample(pid: number): Sample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cpuTicks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return { at: performance.now(), cpuTicks, rssKb };
  } catch {
    return null;
  }
}

/** Samples a process's CPU time and resident memory once a second until stopped. */
export function watchProcess(pid: number): { stop: () => ProcessUsage } {
  const first = sample(pid);
  let last = first;
  let peakKb = first?.rssKb ?? 0;
  const timer = setInterval(() => {
    const now = sample(pid);
    if (!now) return;
    last = now;
    peakKb = Math.max(peakKb, now.rssKb);
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      const end = sample(pid) ?? last;
      if (end) peakKb = Math.max(peakKb, end.rssKb);
      const seconds = first && end ? (end.at - first.at) / 1000 : 0;
      const cpuSeconds = first && end ? (end.cpuTicks - first.cpuTicks) / TICKS_PER_SECOND : 0;
      return {
        cpuPercent: seconds > 0 ? (100 * cpuSeconds) / seconds : Number.NaN,
        peakRssMb: peakKb / 1024,
        endRssMb: (end?.rssKb ?? Number.NaN) / 1024,
      };
    },
  };
}
