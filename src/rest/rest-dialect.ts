import type { RestFormat, RestFormatSetting } from '../config';

/**
 * How the REST doors answer: the wire format and, inside `current`, whether the bodies are those of
 * Rocket.Chat before 8.0 (`applyBreakingChanges = shouldBreakInVersion('8.0.0')` in
 * apps/meteor/app/api/server/ApiClass.ts: the 401 and login failure bodies changed with 8.0).
 */
export interface RestDialect {
  format: RestFormat;
  /** Rocket.Chat 1.x–7.x: the 401 bodies keep `status: 'error'` and `message` beside `error`. */
  before80: boolean;
  /** Why this dialect: the setting, or the Rocket.Chat version `auto` read. */
  chosenBy: string;
}

/**
 * The dialect of a setting. `auto` follows the Rocket.Chat the database belongs to, by the version of
 * its newest own snapshot in rocketchat_statistics: 0.x → `0.61`, later → `current`; none → `0.61`,
 * the seed's. An explicit `current` answers as the newest Rocket.Chat (8.x).
 */
export function dialectOf(setting: RestFormatSetting, rocketChatVersion: string | null): RestDialect {
  if (setting !== 'auto') return { format: setting, before80: false, chosenBy: 'REST_FORMAT' };
  if (rocketChatVersion === null) return { format: '0.61', before80: true, chosenBy: 'auto: no Rocket.Chat snapshot in rocketchat_statistics' };
  const major = Number(/^\s*v?(\d+)\./.exec(rocketChatVersion)?.[1]);
  const seen = `auto: Rocket.Chat ${rocketChatVersion} (newest snapshot in rocketchat_statistics)`;
  if (!Number.isInteger(major)) return { format: '0.61', before80: true, chosenBy: `${seen}, not a version number` };
  if (major === 0) return { format: '0.61', before80: true, chosenBy: seen };
  return { format: 'current', before80: major < 8, chosenBy: seen };
}

/** One line for the startup output, the page and the logs. */
export function describeDialect(dialect: RestDialect): string {
  const bodies = dialect.format === 'current' ? (dialect.before80 ? ', bodies of Rocket.Chat before 8.0' : ', bodies of Rocket.Chat 8.x') : '';
  return `${dialect.format}${bodies} (${dialect.chosenBy})`;
}
