export { Review, storedSnapshots, withSnapshot, CYCLE_SNAPSHOTS_SETTING } from "./Review";
