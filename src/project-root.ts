import { join, resolve } from 'node:path';

/** The repository root, whether running from src/ (ts-jest) or from the compiled dist/src/. */
export const projectRoot = resolve(__dirname, __dirname.includes(join('dist', 'src')) ? '../..' : '..');
