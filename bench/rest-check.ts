import { brief } from './expected';

/** REST keys that name a figure differently (Rocket.Chat 0.61's misspelling). */
const restAliases: Record<string, string> = { totlalLivechat: 'totalLivechat' };
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
 * The differences between a REST answer and the expected figures. The wire format decides which
 * definition a key carries (0.61 answers `activeUsers` with the legacy one), so either the current
 * or the legacy value is right; dates may be written in another form; unknown keys are skipped.
 * Fewer than 10 compared figures is itself a difference: an answer without figures is not right.
 */
export function restDifferences(answer: unknown, expected: Record<string, unknown>): string[] {
  if (answer === null || typeof answer !== 'object') return [`the answer is not a JSON object: ${brief(answer)}`];
  // 0.61 wraps the figures in `statistics`; today's format has them at the top level.
  const figures = (answer as { statistics?: unknown }).statistics ?? answer;
  if (figures === null || typeof figures !== 'object') return [`the answer's statistics is not a JSON object: ${brief(figures)}`];
  const legacy = (expected.legacy ?? {}) as Record<string, unknown>;
  const found: string[] = [];
  let compared = 0;
  for (const [restKey, value] of Object.entries(figures)) {
    const key = restAliases[restKey] ?? restKey;
    if (notFigures.has(key) || !(key in expected)) continue;
    compared += 1;
    if (!sameFigure(value, expected[key]) && !(key in legacy && sameFigure(value, legacy[key]))) {
      found.push(`.${restKey}: got ${brief(value)}, want ${brief(expected[key])}${key in legacy ? ` or ${brief(legacy[key])}` : ''}`);
    }
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
