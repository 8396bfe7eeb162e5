import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite writes no postmaster.pid, so nothing stops two servers from opening the same data
 * directory and corrupting it. `<dataDir>.lock` (beside the directory: initdb wants it empty)
 * holds the owner's pid; a lock whose process is gone is stale and taken over.
 * Returns the function that releases the lock.
 */
export async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir.replace(/[/\\]+$/, "")}.lock`;
  await mkdir(dirname(lockPath), { recursive: true });
  for (;;) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: "wx" });
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(await readFile(lockPath, "utf8").catch(() => ""));
      if (owner && isAlive(owner)) throw new Error(`${dataDir} is in use by process ${owner}`);
      await rm(lockPath, { force: true });
    }
  }
}
