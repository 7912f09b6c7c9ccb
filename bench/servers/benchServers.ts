import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nginxPath, startLoadBalancer } from "../../tests/support/loadBalancer.js";
import { summarizeProfiles } from "../measure/cpuProfile.js";
import { startServerProcess, type ServerProcess } from "./serverProcess.js";
import type { StorageTarget } from "./storageTarget.js";

/** The server instances of one scenario, on one storage. */
export interface BenchServers {
  servers: ServerProcess[];
  /** Where clients connect: each instance, or the one load balancer in front of them. */
  urls: string[];
  /** Whether clients go through nginx with the README's configuration. */
  balanced: boolean;
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
    balanced: false,
    async stop() {
      await Promise.all(servers.map((s) => s.stop()));
      return profileDir ? summarizeProfiles(profileDir) : [];
    },
  };
}

/**
 * The same instances behind nginx with the README's configuration (as the
 * scale-out tests run it): clients know one address, nginx spreads their
 * connections over the instances.
 */
export async function behindLoadBalancer(servers: BenchServers, sockets: number): Promise<BenchServers> {
  const executable = nginxPath();
  if (!executable) throw new Error("several instances are measured through nginx: apt-get install nginx");
  const ports = servers.servers.map((s) => Number(new URL(s.url).port));
  // Every socket is held twice (client side and instance side), plus the joins' HTTP requests.
  const balancer = await startLoadBalancer(executable, ports, sockets * 2 + 1024);
  return {
    servers: servers.servers,
    urls: [balancer.url],
    balanced: true,
    async stop() {
      await balancer.stop();
      return servers.stop();
    },
  };
}
