export { extractDrizzle, type ExtractDrizzleOptions } from './drizzle/extract-drizzle';
export { extractTypeorm, type ExtractTypeormOptions } from './typeorm/extract-typeorm';
export { extractModel, type ExtractModelConfig } from './extract-model';
export { loadUserModule } from '@retort/loader';
export type { ExpressionCanonicalizer, ExpressionSite } from './model/expression-sites';
export { inferExtensions } from './extensions/infer-extensions';
