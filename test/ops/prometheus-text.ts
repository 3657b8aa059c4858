/** The samples of a Prometheus text exposition, keyed `name{label="value",...}` as the text has them. */
export function parseSamples(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const split = line.lastIndexOf(' ');
    samples.set(line.slice(0, split), Number(line.slice(split + 1)));
  }
  return samples;
}

/** The key parseSamples uses for a series; labels in the order prom-client writes them (declaration order). */
export function seriesKey(name: string, labels: Record<string, string> = {}): string {
  const pairs = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  return pairs.length > 0 ? `${name}{${pairs.join(',')}}` : name;
}

/** A series' value, 0 when absent (a counter not yet incremented has no series). */
export function sample(samples: Map<string, number>, name: string, labels?: Record<string, string>): number {
  return samples.get(seriesKey(name, labels)) ?? 0;
}
