import type { RestFormatSetting } from '../config';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import { deploymentQueries } from '../queries/deployment';
import { dialectOf, type RestDialect } from './rest-dialect';

/** After a failed read (database down at start), the next REST request tries again, at most this often. */
const retryAfterFailureMs = 5_000;

/**
 * The dialect in force. With REST_FORMAT=auto it is read once, at start, with the version figure's
 * query (not through the figure cache, whose copy would then be as old as the start); until that
 * read succeeds the REST doors answer `0.61`, the seed's.
 */
export class RestDialectSource {
  private dialect: RestDialect;
  private settled: boolean;
  private attempt: Promise<void> | undefined;
  private failedAt = -Infinity;

  constructor(
    private readonly setting: RestFormatSetting,
    private readonly database: DatabaseHandle,
    private readonly onRead: (dialect: RestDialect) => void = () => undefined,
  ) {
    this.dialect = dialectOf(setting, null);
    if (setting === 'auto') this.dialect = { ...this.dialect, chosenBy: 'auto: Rocket.Chat version not read yet' };
    this.settled = setting !== 'auto';
  }

  get current(): RestDialect {
    return this.dialect;
  }

  /** Reads the Rocket.Chat version once; never throws (a failure keeps `0.61` and is retried later). */
  settle(): Promise<void> {
    if (this.settled || Date.now() - this.failedAt < retryAfterFailureMs) return this.attempt ?? Promise.resolve();
    return (this.attempt ??= this.read().finally(() => (this.attempt = undefined)));
  }

  private async read(): Promise<void> {
    try {
      const build = await asDatabaseCall(this.database, () => deploymentQueries.findRocketChatBuild.run(this.database.db));
      this.dialect = dialectOf(this.setting, build.version);
      this.settled = true;
      this.onRead(this.dialect);
    } catch {
      this.failedAt = Date.now();
      this.dialect = { ...dialectOf(this.setting, null), chosenBy: 'auto: the database did not answer; 0.61 until it does' };
    }
  }
}
