import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/project-root';
import { generatedFiles, pathInProject } from '../../src/generated-files';

const run = promisify(execFile);

describe('generated files match the code', () => {
  it.each(['schema.graphql', 'src/operations/all-figures.graphql', 'src/operations/metrics.graphql', 'docs/figures.md', 'docs/openapi.json'])(
    '%s is what the code generates (npm run generate)',
    async (path) => {
      const file = (await generatedFiles()).find((candidate) => candidate.path === path)!;
      expect(readFileSync(pathInProject(file), 'utf8')).toBe(file.text);
    },
  );

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
