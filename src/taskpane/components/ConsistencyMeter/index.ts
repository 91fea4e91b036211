export { ConsistencyMeter } from "./ConsistencyMeter";
export type { ConsistencyMeterProps } from "./ConsistencyMeter";
