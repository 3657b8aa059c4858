import { baseDate } from './options';

const day = 24 * 3600 * 1000;

/** How far back the seeded engagement reaches: the dashboard's longest preset period ("last 90 days"). */
export const activityDays = 90;

/** Relative activity per UTC weekday, Sunday first: a working week and quiet weekends. */
const weekdayWeights = [0.3, 1, 1.1, 1.05, 1, 0.85, 0.35];

/** The first day of the window holds about half the activity of its last day. */
const growthAtStart = 0.55;

/**
 * How busy the workspace is at `time`, relative to a weekday at the end of the window that ends at
 * `end`: a weekly rhythm times a steady growth. Messages and sessions share it, so the dashboard's
 * users and messages rise and fall together.
 */
export function activityWeight(time: number, end: number): number {
  const progress = Math.min(1, Math.max(0, 1 - (end - time) / (activityDays * day)));
  return (growthAtStart + (1 - growthAtStart) * progress) * weekdayWeights[new Date(time).getUTCDay()];
}

/**
 * Where the recent activity ends: the seed's clock, never before the base date (a clock that is
 * behind would put messages before their rooms).
 */
export function activityEndOf(now: Date): Date {
  return new Date(Math.max(now.getTime(), baseDate.getTime()));
}

interface Segment {
  from: number;
  to: number;
  /** Share of the window's activity up to the segment's start, and within it. */
  before: number;
  share: number;
}

/** The window cut at UTC midnights, each piece with its share of the activity. */
function segmentsEndingAt(end: number): Segment[] {
  const start = end - activityDays * day;
  const cuts = [start];
  for (let midnight = Math.floor(start / day) * day + day; midnight < end; midnight += day) cuts.push(midnight);
  cuts.push(end);
  const pieces = cuts.slice(1).map((to, k) => ({ from: cuts[k], to, weight: (to - cuts[k]) * activityWeight(cuts[k], end) }));
  const total = pieces.reduce((sum, piece) => sum + piece.weight, 0);
  let before = 0;
  return pieces.map(({ from, to, weight }) => {
    const segment = { from, to, before, share: weight / total };
    before += segment.share;
    return segment;
  });
}

const segmentCache = new Map<number, Segment[]>();

function cachedSegments(end: number): Segment[] {
  let segments = segmentCache.get(end);
  if (!segments) {
    if (segmentCache.size > 8) segmentCache.clear();
    segments = segmentsEndingAt(end);
    segmentCache.set(end, segments);
  }
  return segments;
}

/**
 * The time of a message evenly spread up to the base date (`raw`), as the seeded workspace sends it:
 * the last `activityDays` before the base date are moved to the days before `end`, and within them
 * the even spread becomes the activity rhythm (a monotone warp: the order of messages, their number
 * per room and per thread stay the same; a message never moves earlier).
 */
export function activityTime(raw: number, end: Date): number {
  const windowStart = baseDate.getTime() - activityDays * day;
  if (raw < windowStart) return raw;
  const fraction = (raw - windowStart) / (activityDays * day);
  const segments = cachedSegments(end.getTime());
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle].before <= fraction) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low];
  const within = segment.share > 0 ? Math.min(1, (fraction - segment.before) / segment.share) : 0;
  const warped = Math.floor(segment.from + within * (segment.to - segment.from));
  return Math.min(end.getTime() - 1, Math.max(warped, raw + (end.getTime() - baseDate.getTime())));
}
