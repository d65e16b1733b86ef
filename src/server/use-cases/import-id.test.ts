// The ids of imported events (decision 120): UUIDs version 7 that the API's id check accepts, growing
// with the row counter within one import.
import { describe, expect, it } from 'vitest';
import { idParam } from '../../contract/common';
import { importIdPrefix } from './import-absence';

describe('importIdPrefix', () => {
  it('gives UUID v7 ids the API accepts, ordered by the row counter', () => {
    const prefix = importIdPrefix(Date.UTC(2026, 11, 6, 15, 0, 0), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    const ids = [1, 2, 255, 256, 0xffffffff].map((n) => `${prefix}${n.toString(16).padStart(8, '0')}`);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(idParam.safeParse(id).success).toBe(true);
    }
    expect([...ids].sort()).toEqual(ids);
    expect(prefix.slice(0, 13)).toBe(
      `${Date.UTC(2026, 11, 6, 15).toString(16).padStart(12, '0').slice(0, 8)}-${Date.UTC(2026, 11, 6, 15).toString(16).padStart(12, '0').slice(8)}`,
    );
  });

  it('differs between two imports at the same millisecond', () => {
    const at = Date.UTC(2026, 11, 6);
    expect(importIdPrefix(at)).not.toBe(importIdPrefix(at));
  });
});
