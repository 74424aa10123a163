import type { AnyRule } from '../define-rule.js';
import { addInsteadOfCopy } from './add-instead-of-copy.js';
import { addRemoteUrl } from './add-remote-url.js';
import { apkCacheKept } from './apk-cache-kept.js';
import { apkUnpinned } from './apk-unpinned.js';
import { aptGetInstallRecommends } from './apt-get-install-recommends.js';
import { aptGetMissingYes } from './apt-get-missing-yes.js';
import { aptGetUnpinned } from './apt-get-unpinned.js';
import { aptInsteadOfAptGet } from './apt-instead-of-apt-get.js';
import { aptListsNotRemoved } from './apt-lists-not-removed.js';
import { cdInsteadOfWorkdir } from './cd-instead-of-workdir.js';
import { copyFromOwnStage } from './copy-from-own-stage.js';
import { copyFromUnknownStage } from './copy-from-unknown-stage.js';
import { curlAndWget } from './curl-and-wget.js';
import { downloadPipedToShell } from './download-piped-to-shell.js';
import { duplicateStageName } from './duplicate-stage-name.js';
import { envSelfReference } from './env-self-reference.js';
import { firstInstructionNotFrom } from './first-instruction-not-from.js';
import { healthcheckMissing } from './healthcheck-missing.js';
import { latestBaseImage } from './latest-base-image.js';
import { maintainerDeprecated } from './maintainer-deprecated.js';
import { multipleCmd } from './multiple-cmd.js';
import { multipleEntrypoint } from './multiple-entrypoint.js';
import { npmUnpinned } from './npm-unpinned.js';
import { packageUpgrade } from './package-upgrade.js';
import { passwordSetInImage } from './password-set-in-image.js';
import { pipCacheKept } from './pip-cache-kept.js';
import { pipUnpinned } from './pip-unpinned.js';
import { pipeWithoutPipefail } from './pipe-without-pipefail.js';
import { pointlessCommand } from './pointless-command.js';
import { rootUser } from './root-user.js';
import { secretFileCopied } from './secret-file-copied.js';
import { secretInBuildInstructions } from './secret-in-build-instructions.js';
import { shellFormCmd } from './shell-form-cmd.js';
import { sshPortExposed } from './ssh-port-exposed.js';
import { sudoInRun } from './sudo-in-run.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';
import { unsignedPackages } from './unsigned-packages.js';
import { untaggedBaseImage } from './untagged-base-image.js';
import { updateWithoutInstall } from './update-without-install.js';
import { workdirRelativePath } from './workdir-relative-path.js';
import { worldWritablePermissions } from './world-writable-permissions.js';

/** Dockerfile rules, sorted by id. */
export const dockerfileRules: readonly AnyRule[] = [
  rootUser,
  secretInBuildInstructions,
  secretFileCopied,
  addRemoteUrl,
  downloadPipedToShell,
  tlsVerificationDisabled,
  unsignedPackages,
  passwordSetInImage,
  packageUpgrade,
  updateWithoutInstall,
  sshPortExposed,
  worldWritablePermissions,
  workdirRelativePath,
  pointlessCommand,
  cdInsteadOfWorkdir,
  sudoInRun,
  untaggedBaseImage,
  latestBaseImage,
  aptGetUnpinned,
  aptListsNotRemoved,
  pipUnpinned,
  aptGetMissingYes,
  aptGetInstallRecommends,
  npmUnpinned,
  apkUnpinned,
  apkCacheKept,
  addInsteadOfCopy,
  copyFromUnknownStage,
  copyFromOwnStage,
  duplicateStageName,
  shellFormCmd,
  aptInsteadOfAptGet,
  pipCacheKept,
  envSelfReference,
  healthcheckMissing,
  firstInstructionNotFrom,
  maintainerDeprecated,
  curlAndWget,
  multipleCmd,
  multipleEntrypoint,
  pipeWithoutPipefail,
];
