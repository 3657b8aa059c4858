import { CoalescedReads } from '../../src/auth/coalesced-reads';

/** A read the test settles by hand, with what the store held when the read started. */
function controlledStore() {
  let stored = 'old';
  const started: Array<{ saw: string; settle(): void; fail(): void }> = [];
  const reads = new CoalescedReads<string>(
    () =>
      new Promise<string>((resolve, reject) => {
        const saw = stored;
        started.push({ saw, settle: () => resolve(saw), fail: () => reject(new Error('database down')) });
      }),
  );
  return { reads, started, write: (value: string) => (stored = value) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('coalesced reads', () => {
  it('callers that arrive while a read is in flight share the next read, which starts after they asked', async () => {
    const { reads, started, write } = controlledStore();
    const first = reads.read('u1');
    write('new');
    const later = Array.from({ length: 100 }, () => reads.read('u1'));
    expect(started).toHaveLength(1);

    started[0].settle();
    expect(await first).toBe('old');
    await flush();
    expect(started).toHaveLength(2);
    started[1].settle();
    expect(new Set(await Promise.all(later))).toEqual(new Set(['new']));
  });

  it('keys do not share reads, a failed read fails only its own callers, and a settled key starts afresh', async () => {
    const { reads, started } = controlledStore();
    const a = reads.read('a');
    const b = reads.read('b');
    expect(started).toHaveLength(2);
    started[0].fail();
    started[1].settle();
    await expect(a).rejects.toThrow('database down');
    await expect(b).resolves.toBe('old');
    await flush();

    const again = reads.read('a');
    expect(started).toHaveLength(3);
    started[2].settle();
    await expect(again).resolves.toBe('old');
  });
});
