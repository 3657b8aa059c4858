import { allFigures, childGroups } from '../figures/catalog';
import { rootGroup, type Figure, type FigureContext, type FigureGroup } from '../figures/figure';
import type { GatewayContext } from '../context';
import type { Loaders } from './loaders';

/** A Statistics object of a live request: every figure a getter that computes it when read. */
export type LiveStatistics = Record<string, unknown>;

/**
 * The `Statistics` object of a live request. Every field is a getter, so GraphQL evaluates (and
 * queries the database for) only the selected fields; the loaders send each query at most once.
 */
export function liveStatistics(loaders: Loaders, context: FigureContext): LiveStatistics {
  return liveGroup(rootGroup, loaders, context);
}

/** The live Statistics of this request: fresh queries when `refresh`, else figures of the reuse window. */
export function computeStatistics(ctx: GatewayContext, refresh: boolean): LiveStatistics {
  const { config, gateway } = ctx.services;
  return liveStatistics(refresh ? ctx.freshLoaders : ctx.loaders, {
    deploy: { method: config.deployMethod, platform: config.deployPlatform },
    gateway,
    now: new Date(),
  });
}

/** The group's figures and its nested groups (`legacy`, `omnichannel`, …), each a getter. */
function liveGroup(group: FigureGroup, loaders: Loaders, context: FigureContext): LiveStatistics {
  const live: LiveStatistics = {};
  for (const figure of allFigures.filter((f) => f.group === group)) {
    Object.defineProperty(live, figure.name, { enumerable: true, get: () => evaluate(figure, loaders, context) });
  }
  for (const child of childGroups(group)) {
    Object.defineProperty(live, child.slice(child.lastIndexOf('.') + 1), { enumerable: true, get: () => liveGroup(child, loaders, context) });
  }
  return live;
}

/** Reads the figure's sources (a promise only when one of them is a database query) and computes it. */
function evaluate(figure: Figure, loaders: Loaders, context: FigureContext): unknown {
  const results = figure.reads.map((source) => (source.kind === 'database' ? loaders.load(source) : source.read(context)));
  const compute = figure.compute as (...values: unknown[]) => unknown;
  if (!results.some((result) => result instanceof Promise)) return compute(...results);
  return Promise.all(results).then((values) => compute(...values));
}
