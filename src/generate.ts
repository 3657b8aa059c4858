import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles, pathInProject } from './generated-files';

/** `npm run generate`: writes every file derived from the code (then codegen types the documents). */
generatedFiles()
  .then((files) => {
    for (const file of files) {
      mkdirSync(dirname(pathInProject(file)), { recursive: true });
      writeFileSync(pathInProject(file), file.text);
      console.log(`wrote ${file.path}`);
    }
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
