import { Gauge, Registry } from 'prom-client';
import type { StatisticsResult } from '../rest/wire-format';
import { rocketChatExporterMetrics } from './rocketchat-exporter';

/**
 * One scrape's figures under Rocket.Chat's exporter names (src/metrics/rocketchat-exporter.ts), in a
 * registry of their own, so that dashboards built on Rocket.Chat's exporter find their series.
 */
export function rocketChatRegistry(figures: StatisticsResult): Registry {
  const registry = new Registry();
  // A gauge is registered only with a value: prom-client would write 0 for one never set.
  const gauge = (name: string, help: string, labelNames: string[]) => new Gauge({ name, help, labelNames, registers: [registry] });
  for (const { name, help, labelNames, series } of rocketChatExporterMetrics) {
    if ('figure' in series) {
      const raw = figures[series.figure.name];
      const number = series.pick && raw !== null && raw !== undefined ? series.pick(raw) : raw;
      if (typeof number === 'number') gauge(name, help, labelNames).set(number);
      continue;
    }
    const labels = Object.fromEntries(Object.entries(series.labelFigures).map(([label, figure]) => [label, figures[figure.name]]));
    if (series.required !== undefined && (labels[series.required] === null || labels[series.required] === undefined)) continue;
    gauge(name, help, labelNames).set(Object.fromEntries(Object.entries(labels).map(([label, text]) => [label, typeof text === 'string' ? text : ''])), 1);
  }
  return registry;
}
