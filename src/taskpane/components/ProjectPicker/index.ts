export { ProjectPicker } from "./ProjectPicker";
export type { ProjectPickerProps } from "./ProjectPicker";
