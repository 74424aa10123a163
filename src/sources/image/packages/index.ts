export { inventoryFromFiles } from './project.js';
export type { ProjectFile } from './project.js';
export { packageInspection } from './inspection.js';
export type { PackageInspection, PackageLayerInspector } from './inspection.js';
export { resolveInventory } from './resolve.js';
export type { ResolvedInventory } from './resolve.js';
export { recognisePackagePath } from './recognise.js';
export { packageFileKinds } from './types.js';
export type {
  FoundPackage,
  LayerPackages,
  PackageFile,
  PackageFileKind,
  ParsedPackageFile,
} from './types.js';
