import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { projectRoot } from '../project-root';
import { buildGatewaySchema } from './build-schema';

export const schemaFile = join(projectRoot, 'schema.graphql');

export async function printGatewaySchema(): Promise<string> {
  return `${printSchema(await buildGatewaySchema())}\n`;
}

/** `npm run schema`: writes schema.graphql from the code (a test fails when the two drift). */
if (require.main === module) {
  printGatewaySchema()
    .then((text) => {
      writeFileSync(schemaFile, text);
      console.log(`wrote ${schemaFile}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
