import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { QueryLimits } from '../config';

export interface QueryProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/** Limits on GraphQL documents (depth, aliases, tokens, cost). */
export function queryProtection(_limits: QueryLimits): QueryProtection {
  return { plugins: [], validationRules: [] };
}
