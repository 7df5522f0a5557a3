import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@/scripts/cluster/app-server";

// A PostgreSQL cluster of a suite's own (initdb in a temporary folder, on a free loopback port)
// that the suite may pause, restart, crash and dump. initdb and the server refuse to run as
// root, so under root they run as the `postgres` user (runuser).

const run = promisify(execFile);

function postgresBin(): string {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error("no PostgreSQL server in /usr/lib/postgresql: apt-get install postgresql");
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

export type PrivateCluster = {
  /** postgres://… without a database name. */
  url: string;
  bin: string;
  /** Runs one of the cluster's programs (pg_dump, pg_restore, psql…) as the cluster's owner. */
  tool: (program: string, args: string[]) => Promise<string>;
  /** SIGSTOP to the server and every backend: connections stay open and nothing answers. */
  pause: () => Promise<void>;
  resume: () => Promise<void>;
  /** A fast restart: every connection is ended, the data is kept. */
  restart: () => Promise<void>;
  /** SIGKILL to the server and every backend, then a start that recovers from the log. */
  crashAndStart: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), "khabar-faults-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number((await run("id", ["-u", "postgres"])).stdout), Number((await run("id", ["-g", "postgres"])).stdout));
  const tool = async (program: string, args: string[]) => {
    const [command, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, program), ...args]] : [join(bin, program), args];
    return (await run(command as string, argv as string[], { cwd: dir, maxBuffer: 64 * 1024 * 1024 })).stdout;
  };
  const data = join(dir, "data");
  const port = await freePort();
  await tool("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const pgCtl = (...args: string[]) =>
    tool("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, ...args]);
  await pgCtl("start");

  const serverPid = () => Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]);
  const processes = async () => {
    const pid = serverPid();
    const children = await run("pgrep", ["-P", String(pid)]).then(({ stdout }) => stdout.split("\n").filter(Boolean).map(Number), () => []);
    return [pid, ...children];
  };
  const signal = async (name: NodeJS.Signals) => {
    const pids = await processes();
    for (const pid of pids) process.kill(pid, name);
    return pids;
  };
  // Gone, or a zombie that nobody reaps (a container's first process may not): either way it
  // holds no memory the next server needs, though its pid file still names it.
  const exited = (pid: number) => {
    try {
      return / Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return true;
    }
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}`,
    bin,
    tool,
    pause: async () => void (await signal("SIGSTOP")),
    resume: async () => void (await signal("SIGCONT")),
    restart: async () => void (await pgCtl("restart", "-m", "fast")),
    crashAndStart: async () => {
      const killed = await signal("SIGKILL");
      while (!killed.every(exited)) await sleep(50);
      // The lock files name the dead server's pid; a crashed server's successor removes them itself only when that pid is gone.
      for (const lock of [join(data, "postmaster.pid"), join(dir, `.s.PGSQL.${port}.lock`)]) rmSync(lock, { force: true });
      await pgCtl("start");
    },
    stop: async () => {
      await pgCtl("stop", "-m", "immediate").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
