import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';

/** ISO 8601 date-time with milliseconds and Z (as Rocket.Chat's REST responses). */
export const DateTime = GraphQLDateTime;
/** Counts and byte sizes that can pass 2^31 but stay exact (≤ 2^53 − 1). */
export const SafeInt = GraphQLSafeInt;
