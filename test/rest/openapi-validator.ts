import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';
import type { HttpAnswer } from '../helpers/harness';

/** The committed copy of the OpenAPI document the gateway serves (npm run generate). */
export const openApi = JSON.parse(readFileSync(join(projectRoot, 'docs', 'openapi.json'), 'utf8'));

// ajv reads the whole document as one schema, so the `#/components/...` references resolve; the
// OpenAPI keywords around the schemas are not JSON Schema, hence strict: false.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(openApi, 'openapi.json');

const validators = new Map<string, ValidateFunction>();
function validatorFor(ref: string): ValidateFunction {
  let validate = validators.get(ref);
  if (!validate) validators.set(ref, (validate = ajv.compile({ $ref: ref })));
  return validate;
}

const errorLines = (validate: ValidateFunction) =>
  (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Errors of a real response against the schema the document gives for its path and status; [] when it conforms. */
export function openApiErrors(path: string, answer: HttpAnswer): string[] {
  const response = openApi.paths[path]?.get?.responses?.[String(answer.status)];
  if (!response) return [`the document has no ${answer.status} response for ${path}`];
  const validate = validatorFor(`openapi.json#/${pointer('paths', path, 'get', 'responses', String(answer.status), 'content', 'application/json', 'schema')}`);
  return validate(answer.json) ? [] : errorLines(validate);
}

/** Errors against one named component schema, e.g. the 0.61 body rather than "either format". */
export function componentErrors(name: string, value: unknown): string[] {
  const validate = validatorFor(`openapi.json#/components/schemas/${name}`);
  return validate(value) ? [] : errorLines(validate);
}
