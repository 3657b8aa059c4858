import type { GraphQLScalarType } from 'graphql';
import type { RestFormat } from '../config';
import type { DatabaseQuery } from '../queries/database-query';
import type { GatewayFacts } from './gateway';

export interface DeployFacts {
  method: string;
  platform: string;
}

/** What a figure may read besides the database: facts of this request and of the gateway process. */
export interface FigureContext {
  /** When the computation started; instance liveness is measured from it. */
  now: Date;
  deploy: DeployFacts;
  gateway: GatewayFacts;
}

/** A fact read in the gateway's own process when a figure asks for it (no database command). */
export interface LocalFact<T = unknown> {
  kind: 'local';
  /** As docs/figures.md names the source. */
  name: string;
  read(context: FigureContext): T;
}

export type FigureSource = DatabaseQuery<any> | LocalFact<any>;

type ResultOf<S> = S extends DatabaseQuery<infer T> ? T : S extends LocalFact<infer T> ? T : never;
export type ResultsOf<S extends readonly FigureSource[]> = { -readonly [K in keyof S]: ResultOf<S[K]> };

/** A type-graphql type: a scalar, an object type class, or a list of either. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for class references
export type GraphQLTypeReference = () => GraphQLScalarType | Function | [GraphQLScalarType | Function];

/** Where a figure goes in a REST wire format: `true` for a key named like the figure, else the key (dots nest). */
export type WireKey = true | string;

export interface WireDeclaration {
  '0.61'?: WireKey;
  current?: WireKey;
  /** The value as the formats write it, when it is not the GraphQL value (dates become ISO strings anyway). */
  value?: (value: any) => unknown;
  /** REST names inside the value that are stored under other names, for statistics.list's sort and query. */
  storedNames?: Record<string, string>;
}

export interface FigureSpec<S extends readonly FigureSource[] = readonly FigureSource[], T = unknown> {
  type: GraphQLTypeReference;
  nullable?: boolean;
  /** What it counts: the schema's description, shown by GraphiQL and docs/figures.md. */
  description: string;
  /** Where Rocket.Chat defines it: a path in RocketChat/Rocket.Chat, or the gateway's own (docs/figures.md). */
  rocketChat: string;
  /** The query families (or local facts) it is computed from. */
  reads: S;
  /** The figure from the results of `reads`, in their order: no I/O here. */
  compute(...results: ResultsOf<S>): T;
  /** The sub-selection of an object-typed figure in the fixed documents. */
  selection?: string;
  /** Its keys in the REST wire formats; absent from a format that has no such key. */
  wire?: WireDeclaration;
  /** Its field in a stored snapshot, when not its path in Statistics (the snapshot's own `_id`). */
  stored?: string;
}

/**
 * Where a figure sits: `statistics` for Statistics' own fields, else the path of the nested object
 * type that groups it (`legacy` for the 0.61 definitions, `omnichannel`, `sessions.uniqueUsers`).
 */
export type FigureGroup = string;
export const rootGroup: FigureGroup = 'statistics';

/** A nested object type of Statistics: its field path, its GraphQL type name and what it groups. */
export interface FigureGroupType {
  path: FigureGroup;
  typeName: string;
  description: string;
}

export function figureGroup(path: FigureGroup, typeName: string, description: string): FigureGroupType {
  return { path, typeName, description };
}

export interface Figure<Spec = FigureSpec> extends FigureSpec {
  name: string;
  group: FigureGroup;
  /** The declaration's own type (wire keys and value types), for the typed REST body; never set. */
  readonly declared?: Spec;
}

/** One figure's declaration; its name comes from the key it is given in `defineFigures`. */
export function figure<const S extends readonly FigureSource[], T, const W extends WireDeclaration | undefined = undefined>(
  spec: Omit<FigureSpec<S, T>, 'wire'> & { wire?: W },
): Omit<FigureSpec<S, T>, 'wire'> & { wire?: W } {
  return spec;
}

/** A family's figures, named after their keys, in the order the schema and docs/figures.md list them. */
export function defineFigures<Specs extends Record<string, Omit<FigureSpec<any, any>, 'wire'> & { wire?: WireDeclaration }>>(
  specs: Specs,
  group: FigureGroup | FigureGroupType = rootGroup,
): { [K in keyof Specs]: Figure<Specs[K]> & { name: K } } {
  const path = typeof group === 'string' ? group : group.path;
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { ...spec, name, group: path }])) as never;
}

/** The figure's field in a stored snapshot: `legacy.activeUsers` for a 0.61 definition, `_id` for the id. */
export function storedField(figure: Figure): string {
  return figure.stored ?? statisticsPath(figure);
}

/** The figure's path in the Statistics type: `legacy.activeUsers` for a 0.61 definition. */
export function statisticsPath(figure: Figure): string {
  return figure.group === rootGroup ? figure.name : `${figure.group}.${figure.name}`;
}

/**
 * Whether the figure reads the database. Such a figure is nullable in GraphQL: when its query fails,
 * the answer keeps every other figure, with this one null and an error naming the query.
 */
export function readsTheDatabase(figure: Figure): boolean {
  return figure.reads.some((source) => source.kind === 'database');
}

/** The figure's key in a wire format, or undefined when the format does not carry it. */
export function wireKey(figure: Figure, format: RestFormat): string | undefined {
  const key = figure.wire?.[format];
  return key === true ? figure.name : key;
}

/** A local fact, named for docs/figures.md. */
export function localFact<T>(name: string, read: (context: FigureContext) => T): LocalFact<T> {
  return { kind: 'local', name, read };
}

/** Both wire formats carry the figure under its own name. */
export const inBothFormats = { '0.61': true, current: true } as const satisfies WireDeclaration;
/** Only the current wire format carries it, under its own name. */
export const inCurrentFormat = { current: true } as const satisfies WireDeclaration;
/** Only the current wire format carries it, under this key (dots nest). */
export const currentKey = <const K extends string>(key: K) => ({ current: key }) as const;
