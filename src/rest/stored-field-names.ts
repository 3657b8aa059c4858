/** Operators whose operand is a list of whole filters, so field names sit inside it. */
const filterLists = new Set(['$and', '$or', '$nor']);

/**
 * Clients sort and filter with the field names of the format they read; snapshots are stored under
 * the GraphQL names. Only names are rewritten: values and operators pass on untouched, and the
 * GraphQL `snapshots` query still checks the operators.
 */
export function toStoredSort(sort: Record<string, unknown>, storedNames: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(sort).map(([field, direction]) => [storedNames[field] ?? field, direction]));
}

export function toStoredFilter(filter: Record<string, unknown>, storedNames: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).map(([key, value]) => {
      if (filterLists.has(key) && Array.isArray(value)) {
        return [key, value.map((inner) => (isPlainObject(inner) ? toStoredFilter(inner, storedNames) : inner))];
      }
      return [key.startsWith('$') ? key : (storedNames[key] ?? key), value];
    }),
  );
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
