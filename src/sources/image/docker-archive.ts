import { imageNameMatches } from './image-name.js';
import { ManifestResolutionError } from './resolve-manifest.js';
import type { DockerArchiveImage, DockerArchiveManifest } from './schema.js';

export interface ChosenArchiveImage {
  image: DockerArchiveImage;
  notes: string[];
}

function allTags(manifest: DockerArchiveManifest): string {
  const tags = manifest.flatMap((image) => image.RepoTags ?? []).sort();
  return tags.length === 0 ? 'none' : tags.join(', ');
}

/** Picks the image of a `docker save` archive's `manifest.json` by one of its `RepoTags`, or the first one. */
export function chooseArchiveImage(
  manifest: DockerArchiveManifest,
  tag: string | undefined,
): ChosenArchiveImage {
  const [first] = manifest;
  if (first === undefined) throw new ManifestResolutionError('manifest.json lists no image');
  if (tag === undefined) {
    const notes =
      manifest.length > 1
        ? [
            `the archive holds ${manifest.length} images (tags: ${allTags(manifest)}); read the first; choose one with :TAG`,
          ]
        : [];
    return { image: first, notes };
  }
  const image = manifest.find((candidate) =>
    (candidate.RepoTags ?? []).some((name) => imageNameMatches(name, tag)),
  );
  if (image === undefined) {
    throw new ManifestResolutionError(
      `the archive has no image tagged ${JSON.stringify(tag)} (tags: ${allTags(manifest)})`,
    );
  }
  return { image, notes: [] };
}
