export { RetortError, isRetortError } from './retort-error';
export { maskUrl } from './mask-url';
