import { isIP } from 'node:net';

/** Fastify's trustProxy in the forms the gateway accepts: every peer, none, or these addresses and ranges. */
export type TrustProxy = boolean | string[];

/** Fastify's names for groups of ranges (@fastify/proxy-addr). */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

const accepted = 'true, false, or a comma-separated list of proxy addresses and CIDR ranges (or loopback, linklocal, uniquelocal)';

/** TRUST_PROXY as fastify's trustProxy, or what is wrong with it. */
export function parseTrustProxy(raw: string): { trustProxy: TrustProxy } | { problem: string } {
  if (raw === 'true') return { trustProxy: true };
  if (raw === 'false') return { trustProxy: false };
  if (/^\d+$/.test(raw)) {
    // Fastify 5 ignores a hop count: it cannot tell a proxy from a client that connects directly.
    return {
      problem: `TRUST_PROXY cannot be a number of proxy hops, got "${raw}": a client that connects directly could pick its own address; list the proxies' addresses instead, e.g. TRUST_PROXY=10.0.0.5`,
    };
  }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const wrong = whatIsWrongWith(entry);
    if (wrong) return { problem: `TRUST_PROXY must be ${accepted}, got "${raw}": "${entry}" ${wrong}` };
  }
  return { trustProxy: entries.length > 0 ? entries : false };
}

function whatIsWrongWith(entry: string): string | undefined {
  if (namedRanges.has(entry)) return undefined;
  const slash = entry.indexOf('/');
  const version = isIP(slash < 0 ? entry : entry.slice(0, slash));
  if (version === 0) return 'is not an IP address';
  if (slash < 0) return undefined;
  const maxPrefix = version === 4 ? 32 : 128;
  const prefix = entry.slice(slash + 1);
  if (!/^\d+$/.test(prefix) || Number(prefix) < 1 || Number(prefix) > maxPrefix) return `has a prefix length outside 1 to ${maxPrefix}`;
  return undefined;
}
