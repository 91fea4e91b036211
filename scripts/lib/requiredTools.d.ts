/** Types for requiredTools.js (CommonJS so scripts/test.js and jest's globalSetup can require it). */
export type RequiredTool = "cbc" | "chromium" | "soffice";
export declare function toolPath(name: RequiredTool): string | null;
export declare function missingTools(): string[];
export declare function toolsRequired(): boolean;
