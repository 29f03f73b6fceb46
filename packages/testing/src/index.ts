export { freshPgliteDir } from './pglite-dirs';
export { createServerDatabase, serverUrl, uniqueName } from './server-databases';
export { testTargets, type TestTarget, type IsolatedDatabase } from './targets';
export { connectTest, type TestConnection } from './connect';
