export type { SecretMatch, ValueMatch } from './detect.js';
export {
  findSecret,
  findSecretInValue,
  isDocumentationSample,
  isReferenceOrPlaceholder,
  isSecretLikeName,
  maskSecret,
  matchSecretValue,
} from './detect.js';
export { entropyThreshold, looksGenerated, minimumGeneratedLength, shannonEntropy } from './entropy.js';
export type { CredentialFileKind, FileKind } from './file-kinds.js';
export { credentialFileKinds, fileKind, isCredentialFilePath, isSamplePath } from './file-kinds.js';
export type { FileSecretMatch } from './scan-file.js';
export { binarySniffLength, findSecretsInFile, isBinaryText } from './scan-file.js';
export type { SecretPattern } from './patterns.js';
export { secretPatterns } from './patterns.js';
