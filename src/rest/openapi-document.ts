import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import type { Figure } from '../figures/figure';
import { DateTime, SafeInt } from '../schema/scalars';
import base from './openapi-base.json';
import engagement from './engagement-openapi.json';
import { wireLayout } from './wire-format';

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI document of the REST shim: src/rest/openapi-base.json (paths, errors, host objects)
 * with each format's snapshot fields derived from the figures' wire declarations, and the engagement
 * dashboard's paths and schemas from src/rest/engagement-openapi.json (kept from Rocket.Chat's route
 * schemas, sources noted there). Served at /api/v1/openapi.json; docs/openapi.json is its committed copy (npm run generate).
 */
export function openApiDocument(): JsonSchema {
  const document = structuredClone(base) as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, JsonSchema>; parameters?: Record<string, unknown> };
  };
  const kept = structuredClone(engagement);
  Object.assign(document.paths, kept.paths);
  document.components.parameters = { ...document.components.parameters, ...kept.components.parameters };
  Object.assign(document.components.schemas, kept.components.schemas);
  const schemas = document.components.schemas;
  for (const [format, name] of [
    ['0.61', 'Statistics061'],
    ['current', 'StatisticsCurrent'],
  ] as const) {
    const layout = wireLayout(format);
    schemas[`${name}Fields`].properties = Object.fromEntries(layout.map(({ key, fields }) => [key, keySchema(key, fields, schemas)]));
    schemas[name].required = layout
      .filter(({ key, fields }) => fields.every((field) => field.key === key && !mayBeAbsent(field.figure, format)))
      .map(({ key }) => key);
  }
  return document;
}

function keySchema(key: string, fields: Array<{ key: string; figure: Figure }>, schemas: Record<string, JsonSchema>): JsonSchema {
  if (fields.length === 1 && fields[0].key === key) return figureSchema(fields[0].figure, schemas);
  // A nested key: an object of the figures under it, absent when none has a value.
  const properties = Object.fromEntries(fields.map((field) => [field.key.slice(key.length + 1), figureSchema({ ...field.figure, nullable: false }, schemas)]));
  return {
    type: 'object',
    description: `${fields.map((field) => field.figure.description).join(' ')} Absent when none is known.`,
    properties,
    additionalProperties: false,
  };
}

/** A figure with no value is left out of the current body (Rocket.Chat's undefined); 0.61 leaves out dates only. */
function mayBeAbsent(figure: Figure, format: '0.61' | 'current' = '0.61'): boolean {
  return figure.nullable === true && (format === 'current' || figure.type() === DateTime);
}

function figureSchema(figure: Figure, schemas: Record<string, JsonSchema>): JsonSchema {
  const type = figure.type();
  const description = mayBeAbsent(figure) ? `${figure.description} Absent when there is none.` : figure.description;
  if (type === DateTime) return { $ref: '#/components/schemas/IsoDate', description };
  if (type === SafeInt || (type as { name?: string }).name === 'Int') {
    return figure.wire?.value ? { description } : { type: 'integer', minimum: 0, description };
  }
  if (type === String) return { type: figure.nullable ? ['string', 'null'] : 'string', description };
  if (type === Boolean) return { type: figure.nullable ? ['boolean', 'null'] : 'boolean', description };
  if (type === GraphQLJSON) return { description };
  if (type === GraphQLJSONObject) return { type: 'object', description };
  // A figure the wire reshapes (a list written as an object, a count Rocket.Chat may write as false).
  if (figure.wire?.value && !(typeof type === 'function' && type.name in schemas)) return { description };
  const component = (type as { name: string }).name;
  if (!(component in schemas)) throw new RangeError(`openapi-base.json has no schema ${component} for the figure ${figure.name}.`);
  return { $ref: `#/components/schemas/${component}`, description };
}
