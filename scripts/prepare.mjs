// npm runs "prepare" after every install in this folder and before `npm pack`. It compiles src/ to lib/ when
// TypeScript is installed; a production install (`npm ci --omit=dev`) has no compiler, and must not fail for that.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  const shipped = fs.existsSync(new URL('../lib/cli/main.js', import.meta.url));
  process.stderr.write(
    shipped
      ? 'broadsheet: TypeScript is not installed (production install); using the compiled lib/ as it is.\n'
      : 'broadsheet: TypeScript is not installed, so lib/ was not compiled; run `npm install` with dev dependencies, then `npm run compile`.\n',
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
