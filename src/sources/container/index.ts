export * from './view.js';
export { containerFileName, containerViewFromInspect } from './from-inspect.js';
export type { InspectResult } from './from-inspect.js';
export {
  containerViewsFromRunLines,
  containerViewsFromScripts,
  mentionsContainerEngine,
} from './run-lines/from-run-lines.js';
export type { RunLinesResult } from './run-lines/from-run-lines.js';
export { isCiYamlPath, scriptFormatOf } from './run-lines/script-text.js';
export type { ScriptFormat, ScriptPiece } from './run-lines/script-text.js';
export { ciYamlScripts } from './run-lines/yaml-scripts.js';
