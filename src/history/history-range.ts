import { GatewayError } from '../errors';
import { historyFigures, type HistoryFigure } from './history-figures';
import { countSteps, maxHistorySteps, type HistoryStepName } from './history-steps';

/** More figures than this in one history are more lines than a chart can tell apart. */
export const maxHistoryFigures = 20;

export interface HistoryRequest {
  from: Date;
  to: Date;
  step: HistoryStepName;
  figures: HistoryFigure[];
}

const longer: Record<HistoryStepName, string> = { DAY: 'WEEK or MONTH', WEEK: 'MONTH', MONTH: 'a shorter range' };

/** The caller's arguments, checked; every refusal says what to change. */
export function checkHistoryRequest(from: Date, to: Date, step: HistoryStepName, names: string[]): HistoryRequest {
  if (from.getTime() > to.getTime()) {
    throw new GatewayError('BAD_USER_INPUT', `from (${from.toISOString()}) is after to (${to.toISOString()}): swap them, from is the older end.`);
  }
  const steps = countSteps(from, to, step);
  if (steps > maxHistorySteps) {
    throw new GatewayError(
      'BAD_USER_INPUT',
      `from..to spans ${steps} steps of ${step}; a history answers at most ${maxHistorySteps}: shorten the range or use ${longer[step]}.`,
    );
  }
  if (names.length === 0) throw new GatewayError('BAD_USER_INPUT', 'figures is empty: name at least one count of Statistics, e.g. ["totalUsers"].');
  if (names.length > maxHistoryFigures) {
    throw new GatewayError('BAD_USER_INPUT', `figures names ${names.length} figures; a history reads at most ${maxHistoryFigures}: ask in several requests.`);
  }
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new GatewayError('BAD_USER_INPUT', `figures names ${JSON.stringify(repeated)} twice: name each figure once.`);
  const figures = names.map((name) => {
    const figure = historyFigures.get(name);
    if (!figure) {
      throw new GatewayError(
        'BAD_USER_INPUT',
        `${JSON.stringify(name.slice(0, 60))} is not a count of Statistics: history reads counts by their Statistics path, e.g. totalUsers, totalMessages, legacy.activeUsers (docs/figures.md lists them).`,
      );
    }
    return figure;
  });
  return { from, to, step, figures };
}
