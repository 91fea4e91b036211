/** Why an action is unavailable on this host (null when it is available). */
import type { Capabilities } from "../../excel/requirements";
import { usePmo } from "./PmoContext";

export function useUnavailable(capability: keyof Capabilities): string | null {
  const { excel } = usePmo();
  const c = excel.capabilities[capability];
  return c.supported ? null : c.reason;
}
