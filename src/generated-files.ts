import { join } from 'node:path';
import { printSchema } from 'graphql';
import { allFiguresFragment, metricsDocument } from './doors/fixed-documents';
import { figureReference } from './figures/figure-reference';
import { projectRoot } from './project-root';
import { openApiDocument } from './rest/openapi-document';
import { buildGatewaySchema } from './schema/build-schema';

export interface GeneratedFile {
  /** Relative to the project root. */
  path: string;
  text: string;
}

/**
 * The committed files derived from the code: the schema, the fixed documents, the figure reference
 * and the OpenAPI document. `npm run generate` writes them (codegen then types the documents);
 * test/schema/drift.test.ts fails when a committed copy differs.
 */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  return [
    { path: 'schema.graphql', text: `${printSchema(await buildGatewaySchema())}\n` },
    { path: 'src/operations/all-figures.graphql', text: allFiguresFragment() },
    { path: 'src/operations/metrics.graphql', text: metricsDocument() },
    { path: 'docs/figures.md', text: `${figureReference()}\n` },
    { path: 'docs/openapi.json', text: `${JSON.stringify(openApiDocument(), null, 2)}\n` },
  ];
}

export const pathInProject = (file: GeneratedFile) => join(projectRoot, file.path);
