/** Test helper: delivery records in memory with the store's compare-and-set semantics. */
import type { AlertRecord, RadarStore } from '../../../lib/core/ports';

export interface MemoryAlertStore extends Pick<RadarStore, 'getAlert' | 'putAlert' | 'leaveOutbox'> {
  records: Map<string, AlertRecord>;
  left: string[];
  /** Makes the next matching write throw. */
  failWrite?: (record: AlertRecord) => boolean;
  failRead?: (changeId: string) => boolean;
}

export function memoryAlertStore(): MemoryAlertStore {
  const store: MemoryAlertStore = {
    records: new Map(),
    left: [],
    async getAlert(id) {
      if (store.failRead?.(id)) throw new Error('store unreachable');
      const record = store.records.get(id);
      return record ? { ...record } : null;
    },
    async putAlert(record, expectedRev) {
      if (store.failWrite?.(record)) throw new Error('store write failed');
      const current = store.records.get(record.changeId);
      if ((current?.rev ?? 0) !== expectedRev) return false;
      store.records.set(record.changeId, { ...record, rev: expectedRev + 1 });
      return true;
    },
    async leaveOutbox(id) {
      store.left.push(id);
    },
  };
  return store;
}
