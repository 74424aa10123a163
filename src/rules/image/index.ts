import type { AnyRule } from '../define-rule.js';
import { imageAddRemoteUrl } from './image-add-remote-url.js';
import { imageDownloadPipedToShell } from './image-download-piped-to-shell.js';
import { imageDuplicateAccountIds } from './image-duplicate-account-ids.js';
import { imageEmptyPassword } from './image-empty-password.js';
import { imageGitDirectory } from './image-git-directory.js';
import { imageHealthcheckMissing } from './image-healthcheck-missing.js';
import { imagePackageCache } from './image-package-cache.js';
import { imageRootUser } from './image-root-user.js';
import { imageSecretInDeletedFile } from './image-secret-in-deleted-file.js';
import { imageSecretInEnv } from './image-secret-in-env.js';
import { imageSecretInFile } from './image-secret-in-file.js';
import { imageSecretInHistory } from './image-secret-in-history.js';
import { imageSetuidFile } from './image-setuid-file.js';
import { imageSshPortExposed } from './image-ssh-port-exposed.js';
import { imageWorldWritablePath } from './image-world-writable-path.js';

// Sorted by id.
export const imageRules: readonly AnyRule[] = [
  imageRootUser, // IM001
  imageHealthcheckMissing, // IM002
  imageSecretInEnv, // IM003
  imageSecretInHistory, // IM004
  imageAddRemoteUrl, // IM005
  imageDownloadPipedToShell, // IM006
  imageSshPortExposed, // IM007
  imageSetuidFile, // IM008
  imageWorldWritablePath, // IM009
  imageEmptyPassword, // IM010
  imageDuplicateAccountIds, // IM011
  imagePackageCache, // IM012
  imageGitDirectory, // IM013
  imageSecretInFile, // IM014
  imageSecretInDeletedFile, // IM015
];
