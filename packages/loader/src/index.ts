export { loadUserModule } from './load-user-module';
export { loadModule } from './load-module';
export { installRequireHook, addResolveFallback } from './register';
export { userRequire, realNodeModule } from './node-module';
