import { Gauge, Registry } from 'prom-client';
import { workspaceGauges } from '../figures/catalog';
import type { StatisticsResult } from '../rest/wire-format';

/**
 * The workspace figures of one scrape as gauges (declared beside their families, listed in
 * src/figures/catalog.ts), in a registry of their own so that concurrent scrapes share nothing.
 * Labelled series add up: users by status to totalUsers, rooms by type to totalRooms, messages by
 * room type (discussions apart, as Rocket.Chat counts them) to totalMessages.
 */
export function workspaceRegistry(figures: StatisticsResult): Registry {
  const registry = new Registry();
  for (const declared of workspaceGauges) {
    const labelNames = Object.keys(declared.series[0].labels);
    const gauge = new Gauge({ name: `rcstats_workspace_${declared.name}`, help: declared.help, labelNames, registers: [registry] });
    for (const { labels, figure } of declared.series) gauge.set(labels, figures[figure.name] as number);
  }
  return registry;
}
