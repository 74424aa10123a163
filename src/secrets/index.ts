export type { SecretMatch } from './detect.js';
export {
  findSecret,
  findSecretInValue,
  isReferenceOrPlaceholder,
  isSecretLikeName,
  maskSecret,
} from './detect.js';
export type { SecretPattern } from './patterns.js';
export { secretPatterns } from './patterns.js';
