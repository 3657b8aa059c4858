import type { DatabaseHandle } from '../src/db/connect';
import { databaseQueries, queryNames, type QueryName } from '../src/figures/catalog';
import { oneFigureDocument, wholeDocument } from './documents';
import { runEager } from './eager';
import { asJson, brief, differences, figuresFrom } from './expected';
import { runFloor, type FamilyResults } from './floor';
import type { GatewayUnderTest, HttpAnswer } from './gateway-client';
import { processCpuMs, type Sample, type Scenario } from './measure';
import { restDifferences } from './rest-check';

/** A driver connection without the gateway's reachability watch (the floor runs the driver alone). */
export type DriverOnly = Omit<DatabaseHandle, 'reachability' | 'queryTimeoutMs'>;

export interface ScenarioContext {
  floor: DriverOnly;
  /** Σ driver-measured durations of the floor's commands so far. */
  floorDatabaseMs(): number;
  headers: Record<string, string>;
  /** The figures every answer must equal. */
  reference: Record<string, unknown>;
  /** The floor's query results the reference was computed from. */
  referenceResults: FamilyResults;
  databasePid: number | undefined;
}

export const restPath = '/api/v1/statistics?refresh=true';

/** The floor and the eager computation run in this process, with their own driver. */
export function driverScenarios(ctx: ScenarioContext, options: { floor: boolean; eager: boolean; familiesAlone: boolean }): Scenario[] {
  // Only `run` is timed; turning the floor's query results into figures is not part of its cost.
  const direct = async <T>(run: () => Promise<T>, figures: (answer: T) => Promise<unknown>): Promise<Sample> => {
    const [commands, databaseMs, cpu] = [ctx.floor.commands.total, ctx.floorDatabaseMs(), processCpuMs(ctx.databasePid)];
    const started = performance.now();
    const answer = await run();
    const ms = performance.now() - started;
    const databaseCpuMs = processCpuMs(ctx.databasePid) - cpu;
    return {
      ms,
      commands: ctx.floor.commands.total - commands,
      databaseMs: ctx.floorDatabaseMs() - databaseMs,
      databaseCpuMs,
      differences: differences(asJson(await figures(answer)), ctx.reference),
    };
  };
  const scenarios: Scenario[] = [];
  if (options.floor) {
    scenarios.push({
      name: 'floor',
      label: `floor: the ${databaseQueries.length} queries in parallel, driver only`,
      measure: () => direct(() => runFloor(ctx.floor.db), figuresFrom),
    });
  }
  if (options.eager) {
    scenarios.push({
      name: 'eager',
      label: "eager: one query per figure, sequential (Rocket.Chat's way; figures before 8.x only)",
      measure: () =>
        direct(
          () => runEager(ctx.floor.db),
          async (answer) => answer,
        ),
    });
  }
  for (const query of options.familiesAlone ? databaseQueries : []) {
    const family = query.name;
    scenarios.push({
      name: `floor.${family}`,
      label: `driver, the ${family} query alone`,
      // Checked through the figures: the reference results with this family's answer put in.
      measure: () =>
        direct(
          // A query built from another's result is given that one's reference answer: it alone is timed.
          () => query.run(ctx.floor.db, query.after && ctx.referenceResults[query.after.name]),
          (answer) => figuresFrom({ ...ctx.referenceResults, [family]: answer }),
        ),
    });
  }
  return scenarios;
}

/** Requests to the gateway process; the database work is read from its own counters. */
export function gatewayScenarios(
  ctx: ScenarioContext,
  gateway: GatewayUnderTest,
  options: { whole: boolean; rest: boolean; oneFigures: boolean; prefix?: string; note?: string },
): Scenario[] {
  const prefix = options.prefix ?? '';
  const note = options.note ? ` ${options.note}` : '';
  const graphqlFigures = (answer: HttpAnswer): string[] => {
    if (answer.json?.errors) return [`GraphQL errors: ${brief(answer.json.errors)}`];
    return differences(answer.json?.data?.statistics ?? null, ctx.reference);
  };
  const scenarios: Scenario[] = [];
  if (options.whole) {
    scenarios.push({
      name: `${prefix}graphqlWhole`,
      label: `gateway, whole document, GraphQL (refresh: true)${note}`,
      measure: () => viaGateway(ctx, gateway, () => gateway.graphql(wholeDocument, ctx.headers, { refresh: true }), graphqlFigures),
    });
  }
  if (options.rest) {
    scenarios.push({
      name: `${prefix}restWhole`,
      label: `gateway, whole document, REST GET ${restPath}${note}`,
      measure: () =>
        viaGateway(
          ctx,
          gateway,
          () => gateway.get(restPath, ctx.headers),
          (answer) => restDifferences(answer.json, ctx.reference),
        ),
    });
  }
  for (const family of options.oneFigures ? queryNames : []) {
    scenarios.push({
      name: `${prefix}${oneFigureName(family)}`,
      label: `gateway, one figure of ${family}${note}`,
      measure: () => viaGateway(ctx, gateway, () => gateway.graphql(oneFigureDocument(family), ctx.headers), graphqlFigures),
    });
  }
  return scenarios;
}

export const oneFigureName = (family: QueryName) => `oneFigure.${family}`;

async function viaGateway(
  ctx: ScenarioContext,
  gateway: GatewayUnderTest,
  send: () => Promise<HttpAnswer>,
  check: (answer: HttpAnswer) => string[],
): Promise<Sample> {
  const before = await gateway.counters();
  const cpu = processCpuMs(ctx.databasePid);
  const started = performance.now();
  // A failed request is a wrong answer of this run, not the end of the benchmark.
  const answer = await send().catch((error: unknown): HttpAnswer => ({
    status: 0,
    text: `request failed: ${(error as Error).message}`,
    json: undefined,
    ms: performance.now() - started,
  }));
  const databaseCpuMs = processCpuMs(ctx.databasePid) - cpu;
  const after = await gateway.counters();
  return {
    ms: answer.ms,
    commands: after.commands - before.commands,
    databaseMs: after.databaseMs - before.databaseMs,
    databaseCpuMs,
    gatewayCpuMs: after.cpuMs - before.cpuMs,
    differences: answer.status === 200 ? check(answer) : [`HTTP ${answer.status}: ${brief(answer.text)}`],
  };
}
