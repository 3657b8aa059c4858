import { LRUCache } from 'lru-cache';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import type { ComputationQueue } from '../statistics/computation-queue';
import { dayLabel, type Day } from './calendar';

interface KeptDayDocument {
  _id: string;
  family: string;
  day: string;
  value: unknown;
  keptAt: Date;
}

/**
 * The figures of past days, which never change: kept in the gateway's own collection
 * (ENGAGEMENT_COLLECTION, never a Rocket.Chat one) once computed, and in memory in front of it, so
 * a period asked again reads only today from Rocket.Chat's collections. Days kept here outlive
 * rocketchat_sessions' 45-day TTL.
 */
export class KeptDays {
  private readonly memory = new LRUCache<string, { value: unknown }>({ max: 50_000 });

  constructor(
    private readonly database: DatabaseHandle,
    private readonly collectionName: string,
    /** Every command goes through the bounded queue, as figure queries do. */
    private readonly queue: ComputationQueue,
  ) {}

  private get collection() {
    return this.database.db.collection<KeptDayDocument>(this.collectionName);
  }

  /** The kept figures of those days (memory first, then one read for the rest); days not kept are absent. */
  async read(family: string, days: readonly Day[]): Promise<Map<Day, unknown>> {
    const found = new Map<Day, unknown>();
    const unread: Day[] = [];
    for (const day of days) {
      const held = this.memory.get(keyOf(family, day));
      if (held) found.set(day, held.value);
      else unread.push(day);
    }
    if (unread.length === 0) return found;
    const byId = new Map(unread.map((day) => [keyOf(family, day), day]));
    const documents = await this.queue.run(() =>
      asDatabaseCall(this.database, () => this.collection.find({ _id: { $in: [...byId.keys()] } }, { projection: { value: 1 } }).toArray()),
    );
    for (const document of documents) {
      const day = byId.get(document._id);
      if (day === undefined) continue;
      found.set(day, document.value);
      this.memory.set(document._id, { value: document.value });
    }
    return found;
  }

  /** Keeps newly computed past days (one write); a day computed twice at once is written with the same figures. */
  async keep(family: string, values: ReadonlyMap<Day, unknown>): Promise<void> {
    if (values.size === 0) return;
    const keptAt = new Date();
    const operations = [...values].map(([day, value]) => {
      const _id = keyOf(family, day);
      return { replaceOne: { filter: { _id }, replacement: { _id, family, day: dayLabel(day), value, keptAt }, upsert: true } };
    });
    await this.queue.run(() => asDatabaseCall(this.database, () => this.collection.bulkWrite(operations, { ordered: false })));
    for (const [day, value] of values) this.memory.set(keyOf(family, day), { value });
  }

  /** Forgets what memory holds (tests measure what the collection alone spares). */
  forgetMemory(): void {
    this.memory.clear();
  }
}

const keyOf = (family: string, day: Day) => `${family}:${dayLabel(day)}`;
