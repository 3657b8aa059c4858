import type { Credentials } from '../../shared/credentials';
import type { GatewayProblem } from '../problems';
import type { EngagementParams } from './engagement-api';
import { utcDayKey, type DayRange } from './periods';

/** What every card of the Engagement tab is given. */
export interface SectionProps {
  credentials: Credentials;
  /** The period the picker shows. */
  range: DayRange;
  /** Its words, e.g. "Last 7 days", under the period's counters. */
  periodLabel: string;
  /** The moment the tab opened: "today" for the cards that look back from it. */
  now: Date;
  onProblem: (problem: GatewayProblem) => void;
}

/** start and end as Rocket.Chat's client sends them (toISOString, milliseconds and Z included). */
export const rangeParams = ({ start, end }: DayRange): EngagementParams => ({ start: start.toISOString(), end: end.toISOString() });

/** The range an answer was asked for, so that its days are laid out on its own period while the next one loads. */
export const askedRange = (params: EngagementParams | undefined, fallback: DayRange): DayRange =>
  params ? { start: new Date(String(params.start)), end: new Date(String(params.end)) } : fallback;

/**
 * Rocket.Chat's attachment names, `<Section>_start_<start>_end_<end>`, with the days as YYYY-MM-DD
 * (Rocket.Chat writes Date's long text, whose colons browsers replace in file names).
 */
export const attachmentName = (section: string, { start, end }: DayRange): string => `${section}_start_${utcDayKey(start)}_end_${utcDayKey(end)}`;
