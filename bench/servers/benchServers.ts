import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarizeProfiles } from "../measure/cpuProfile.js";
import { startServerProcess, type ServerProcess } from "./serverProcess.js";
import type { StorageTarget } from "./storageTarget.js";

/** The server instances of one scenario, on one storage. */
export interface BenchServers {
  servers: ServerProcess[];
  urls: string[];
  /** Stops them all; returns the top of their CPU profiles when profiling. */
  stop(): Promise<string[]>;
}

/** Starts `instances` servers on `target`; more than one share broadcasts through Redis. */
export async function startBenchServers(
  target: StorageTarget,
  instances: number,
  options: { redisUrl?: string | undefined; profile: boolean },
): Promise<BenchServers> {
  if (instances > 1 && !options.redisUrl) throw new Error("several instances need REDIS_URL");
  const profileDir = options.profile ? mkdtempSync(join(tmpdir(), "einklang-profile-")) : undefined;
  const servers: ServerProcess[] = [];
  try {
    for (let i = 0; i < instances; i += 1) {
      servers.push(
        await startServerProcess(target, { redisUrl: instances > 1 ? options.redisUrl : undefined, profileDir }),
      );
    }
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    throw error;
  }
  return {
    servers,
    urls: servers.map((s) => s.url),
    async stop() {
      await Promise.all(servers.map((s) => s.stop()));
      return profileDir ? summarizeProfiles(profileDir) : [];
    },
  };
}
