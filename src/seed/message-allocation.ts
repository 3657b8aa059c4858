import type { SeededRandom } from './random';

/** A room as the allocation sees it: may it hold messages, and does it need a few to show its case? */
export interface AllocationSlot {
  eligible: boolean;
  /** Guaranteed rooms need room for their showcase (a thread, a discussion announcement). */
  minimum: number;
}

/**
 * Shares `total` messages among rooms so the sum is exact: each eligible room first gets its minimum
 * (guaranteed rooms) or one message while the budget lasts, then the rest goes by a skewed weight,
 * a few busy rooms and many quiet ones, as in a real workspace.
 */
export function allocateMessages(random: SeededRandom, slots: readonly AllocationSlot[], total: number): number[] {
  const counts = slots.map(() => 0);
  let remaining = total;
  const eligible = slots.flatMap((slot, index) => (slot.eligible ? [index] : []));
  for (const index of eligible) {
    const base = Math.min(remaining, Math.max(1, slots[index].minimum));
    counts[index] = base;
    remaining -= base;
  }
  if (remaining === 0 || eligible.length === 0) return counts;

  const weights = eligible.map(() => {
    const exponential = -Math.log(1 - random.next());
    return exponential * exponential + 0.01;
  });
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  let given = 0;
  eligible.forEach((index, position) => {
    const share = Math.floor((remaining * weights[position]) / weightSum);
    counts[index] += share;
    given += share;
  });
  // The floors leave fewer messages than rooms: one more each, in room order.
  for (let position = 0; given < remaining; position = (position + 1) % eligible.length) {
    counts[eligible[position]] += 1;
    given += 1;
  }
  return counts;
}
