import { wireFormats, type StatisticsResult } from '../src/rest/wire-format';
import { brief } from './expected';

const notFigures = new Set([
  '_id',
  'id',
  'success',
  'createdAt',
  '_updatedAt',
  'updatedAt',
  'os',
  'process',
  'deploy',
  'instanceCount',
  'instances',
  'gateway',
]);

/**
 * The differences between a REST answer and the expected figures written in the answer's wire format
 * (the gateway's own src/rest/wire-format.ts: which definition a key carries, Rocket.Chat's `false`
 * for an apps count it does not know, dates as ISO strings); dates may be written in another form;
 * unknown keys are skipped. Fewer than 10 compared figures is itself a difference: an answer without
 * figures is not right.
 */
export function restDifferences(answer: unknown, expected: Record<string, unknown>): string[] {
  if (answer === null || typeof answer !== 'object') return [`the answer is not a JSON object: ${brief(answer)}`];
  // 0.61 wraps the figures in `statistics`; today's format has them at the top level.
  const wrapped = (answer as { statistics?: unknown }).statistics;
  const figures = wrapped ?? answer;
  if (figures === null || typeof figures !== 'object') return [`the answer's statistics is not a JSON object: ${brief(figures)}`];
  const wire = wireFormats[wrapped === undefined ? 'current' : '0.61'].snapshot(expected as StatisticsResult);
  const found: string[] = [];
  let compared = 0;
  for (const [key, value] of Object.entries(figures)) {
    if (notFigures.has(key) || !(key in wire)) continue;
    compared += 1;
    if (!sameFigure(value, wire[key])) found.push(`.${key}: got ${brief(value)}, want ${brief(wire[key])}`);
  }
  if (compared < 10) found.push(`only ${compared} figures in the answer`);
  return found;
}

function sameFigure(got: unknown, want: unknown): boolean {
  if (got === want) return true;
  if (typeof got === 'string' && typeof want === 'string') {
    const [a, b] = [Date.parse(got), Date.parse(want)];
    return !Number.isNaN(a) && a === b;
  }
  if (got !== null && typeof got === 'object' && want !== null && typeof want === 'object') {
    return Object.entries(want).every(([key, value]) => !(key in got) || sameFigure((got as Record<string, unknown>)[key], value));
  }
  return false;
}
