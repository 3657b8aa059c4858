/**
 * Resolves every getter and promise of a live object, depth first, into plain data: what a
 * snapshot stores. Dates stay dates; arrays and nested objects are walked.
 */
export async function materialize(value: unknown): Promise<unknown> {
  const resolved = await value;
  if (resolved === null || typeof resolved !== 'object' || resolved instanceof Date) return resolved;
  if (Array.isArray(resolved)) return Promise.all(resolved.map(materialize));
  const keys = Object.keys(resolved);
  const values = await Promise.all(keys.map((key) => materialize((resolved as Record<string, unknown>)[key])));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]]));
}
