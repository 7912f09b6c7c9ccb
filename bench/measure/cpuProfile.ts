import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const root = resolve(import.meta.dirname, "../..");

function place(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.startsWith("file://") ? relative(root, new URL(url).pathname) : url || "(native)";
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

/** The functions with the most self time in one V8 CPU profile, as lines "share  function file:line". */
export function topSelfTime(profile: CpuProfile, limit = 12): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    totalUs += delta;
    const key = place(node);
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
  });
  return [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, us]) => `${((100 * us) / Math.max(totalUs, 1)).toFixed(1).padStart(5)} %  ${key}`);
}

/** Summaries of every `.cpuprofile` in a directory (one per server child that exited). */
export function summarizeProfiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".cpuprofile"))
    .flatMap((name) => {
      const profile = JSON.parse(readFileSync(join(dir, name), "utf8")) as CpuProfile;
      return [`profile ${join(dir, name)}:`, ...topSelfTime(profile)];
    });
}
