import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { QueryLimits } from '../config';
import { retryAfterHeader } from './retry-after';

export interface QueryProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/** At most this many directives per operation: our schema defines none a client needs more than a few of. */
const maxDirectives = 20;

/**
 * Limits on GraphQL documents, enforced before execution: a rejected document is a 400 whose message
 * names the limit, and it never reaches a resolver. Tokens are counted by graphql-js's own parser
 * (`maxLexicalTokens`): graphql-armor's token plugin parses inside a plugin hook, where Apollo 5 turns
 * any syntax error into a 500. Depth, aliases, directives and cost are graphql-armor validation rules. Every door goes through Apollo (REST, the page and /metrics run fixed documents with
 * executeOperation), so every door is covered by the same limits.
 *
 * Introspection (`__schema`) is left out of depth and cost: GraphiQL's introspection query nests
 * `ofType` deeper than any figure and costs ~90k, and graphql-js's own MaxIntrospectionDepthRule already
 * refuses self-nesting introspection (`types { fields { type { fields … } } }`). Field suggestions
 * ("Did you mean …") are masked.
 *
 * Automatic persisted queries (src/limits/persisted-queries.ts) are held to the same limits: a
 * document is stored under its hash only once it has passed them, and parsed and validated again
 * when a hash is looked up.
 */
export function queryProtection(limits: QueryLimits): QueryProtection {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: maxDirectives },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, retryAfterHeader()], validationRules, parseOptions: { maxLexicalTokens: limits.maxTokens } };
}
