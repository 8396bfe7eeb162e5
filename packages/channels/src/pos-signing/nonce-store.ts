export interface MemoryNonceStore {
  /** Pass as `nonceSeen` to verifyPosSignature. */
  seen(keyId: string, nonce: string, expiresAt: number): Promise<boolean>;
  /** Entries not yet expired. */
  size(): number;
}

/**
 * A nonce store in one process's memory, for tests and single-instance tools; servers back `nonceSeen`
 * by the database so every instance sees every nonce. Expired entries are dropped on each call (a linear
 * sweep: fine for the few hundred entries of a test).
 */
export function createMemoryNonceStore({ now = Date.now }: { now?: () => number } = {}): MemoryNonceStore {
  const expiries = new Map<string, number>();
  const sweep = () => {
    const t = now();
    for (const [key, expiresAt] of expiries) if (expiresAt <= t) expiries.delete(key);
  };
  return {
    async seen(keyId, nonce, expiresAt) {
      sweep();
      const key = `${keyId}\n${nonce}`;
      if (expiries.has(key)) return true;
      expiries.set(key, expiresAt);
      return false;
    },
    size() {
      sweep();
      return expiries.size;
    },
  };
}
