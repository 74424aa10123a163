import { isCredentialFilePath } from '../../../secrets/index.js';
import type { LayerEntry } from '../../../sources/index.js';

/** Bytes of one file handed to the secret engine; longer files are read up to here. */
export const secretScanMaxBytes = 1024 * 1024;

/** Folders of documentation, locales, caches and package-manager state: large, and never where credentials live. */
const skippedFolders =
  /^\/(?:usr\/share\/(?:doc|man|info|locale|i18n|zoneinfo|mime|icons|fonts|terminfo|X11|help|gtk-doc)|usr\/lib\/(?:locale|terminfo)|proc|sys|dev|var\/cache|var\/lib\/(?:dpkg\/info|apt\/lists|rpm|yum|dnf))\/|\/\.git\/objects\//;

/** Extensions of compiled, compressed and media files: binary, so the NUL sniff would reject them anyway. */
const binaryExtension =
  /\.(?:so(?:\.\d+)*|a|o|ko|pyc|pyo|class|jar|war|ear|zip|gz|tgz|bz2|xz|zst|lz4|7z|deb|rpm|apk|whl|egg|png|jpe?g|gif|ico|webp|bmp|tiff?|ttf|otf|woff2?|eot|pdf|mo|gmo|db|sqlite3?|wasm|node|dll|exe|bin|dat|mp[34]|ogg|wav|pack|idx)$/i;

/** Whether the secret engine should see this regular file's content. Credential file names are always read. */
export function shouldScanForSecrets(entry: LayerEntry): boolean {
  if (entry.type !== 'file' || entry.size === 0) return false;
  if (isCredentialFilePath(entry.path)) return true;
  return !skippedFolders.test(entry.path) && !binaryExtension.test(entry.path);
}
