import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/project-root';
import { printGatewaySchema, schemaFile } from '../../src/schema/emit';

const run = promisify(execFile);

describe('generated files match the code', () => {
  it('schema.graphql is what the type-graphql classes emit (npm run schema)', async () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(await printGatewaySchema());
  });

  it('codegen output is what codegen.yml produces from schema.graphql (npm run codegen)', async () => {
    const bin = join(projectRoot, 'node_modules', '.bin', 'graphql-codegen');
    await expect(run(bin, ['--check'], { cwd: projectRoot })).resolves.toBeDefined();
  });

  it('every schema field carries a description', async () => {
    const { buildGatewaySchema } = await import('../../src/schema/build-schema');
    const schema = await buildGatewaySchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type)) continue;
      for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
    expect(missing).toEqual([]);
  });
});
