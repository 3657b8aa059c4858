/**
 * Dates as the REST formats write them: ISO 8601 with milliseconds and Z, as Rocket.Chat sends them.
 * GraphQL's DateTime hands back Date objects in process (they become strings only when serialized).
 */
export function isoDate(value: string | Date): string {
  return new Date(value).toISOString();
}

/** Rocket.Chat leaves a date it has nothing for undefined, so the key disappears from its JSON. */
export function optionalIsoDate(value: string | Date | null): string | undefined {
  return value === null ? undefined : isoDate(value);
}
