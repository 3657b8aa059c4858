/**
 * Reads of one key shared by the callers that ask at the same time, without ever answering a caller
 * with data read before it asked: a caller that arrives while a read is in flight waits for the next
 * read, which every such caller shares. So a key costs at most one read in flight and one waiting,
 * however many callers ask, and whatever was written before a caller asked (a new login token) is seen.
 */
export class CoalescedReads<V> {
  private readonly flights = new Map<string, Flight<V>>();

  constructor(private readonly readNow: (key: string) => Promise<V>) {}

  read(key: string): Promise<V> {
    const flight = this.flights.get(key);
    if (!flight) return this.start(key);
    return (flight.next ??= flight.result.then(ignore, ignore).then(() => this.start(key)));
  }

  private start(key: string): Promise<V> {
    const flight: Flight<V> = { result: this.readNow(key) };
    this.flights.set(key, flight);
    void flight.result.then(ignore, ignore).then(() => {
      if (!flight.next && this.flights.get(key) === flight) this.flights.delete(key);
    });
    return flight.result;
  }
}

interface Flight<V> {
  result: Promise<V>;
  /** The read that starts when this one settles, for the callers that arrived meanwhile. */
  next?: Promise<V>;
}

function ignore(): void {}
