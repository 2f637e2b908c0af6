/**
 * Storage-shaped objects for the cache tests: a real `Storage` implementation with a
 * quota (counted like browsers do, in UTF-16 code units of keys plus values), and one that
 * refuses every call the way a sandboxed iframe or blocked cookies do.
 */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  /** How many setItem calls failed for lack of room. */
  quotaErrors = 0;

  /** Room in UTF-16 code units; tests may lower it once the storage is filled. */
  constructor(public capacity = Infinity) {}

  get length(): number {
    return this.items.size;
  }

  get used(): number {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const old = this.items.get(key);
    const after = this.used - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
    if (after > this.capacity) {
      this.quotaErrors++;
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    }
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }

  asStorage(): Storage {
    return this as unknown as Storage;
  }
}

/** Every call throws, as `localStorage` does in a sandboxed iframe. */
export function refusingStorage(): Storage {
  const refuse = (): never => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  return {
    get length(): number {
      return refuse();
    },
    key: refuse,
    getItem: refuse,
    setItem: refuse,
    removeItem: refuse,
    clear: refuse,
  } as unknown as Storage;
}
