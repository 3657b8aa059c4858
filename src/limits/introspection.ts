import { GraphQLError, type ValidationRule } from 'graphql';

export const introspectionOffMessage =
  'GraphQL introspection is turned off on this gateway (INTROSPECTION=false), so GraphiQL shows no schema docs; queries still run. Set INTROSPECTION=true to offer the schema.';

/**
 * With INTROSPECTION=false, a document that asks for the schema (`__schema`, `__type`) is refused
 * before it runs; `__typename` stays allowed. Our own rule rather than Apollo's `introspection: false`,
 * whose message tells a reader to change Apollo Server's options in code.
 */
export function introspectionRules(enabled: boolean): ValidationRule[] {
  if (enabled) return [];
  return [
    (context) => ({
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          context.reportError(new GraphQLError(introspectionOffMessage, { nodes: node }));
        }
      },
    }),
  ];
}
