// dev: watch + serve. It reruns the same pipeline (src/build.ts), never a second render path.
export { createDevServer, DEFAULT_PORT, type BuildOutcome, type DevServer, type DevServerOptions } from './create-dev-server.js';
export { defaultDevOutDir } from './dev-config.js';
export { INJECT_END, INJECT_START } from './inject.js';
