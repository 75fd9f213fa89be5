import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's folder (holds package.json and the default theme), from src/ or lib/ alike. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
