/**
 * Versioned storefront reads kept in memory by their ETag. An ETag names the tenant, its price-book
 * version, the query and the tenant's date, so a cached answer is right for as long as anyone asks
 * with that ETag: a publish or midnight changes the ETag, never the answer behind an old one.
 * Concurrent misses for the same ETag share one computation, so a burst costs one query.
 */
export class ReadCache {
  private readonly entries = new Map<string, Promise<object>>();

  constructor(private readonly capacity = 1_000) {}

  get(etag: string, compute: () => Promise<object>): Promise<object> {
    const hit = this.entries.get(etag);
    if (hit) {
      // Re-insert to mark it most recently used (Map keeps insertion order).
      this.entries.delete(etag);
      this.entries.set(etag, hit);
      return hit;
    }
    const pending = compute();
    this.entries.set(etag, pending);
    // A failed read is not remembered: the next request tries again.
    pending.catch(() => this.entries.delete(etag));
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return pending;
  }
}
