export { DependencyEditor, describeDependency } from "./DependencyEditor";
export type { DependencyEditorProps } from "./DependencyEditor";
