/** Types for productionManifest.js (CommonJS so webpack.config.js can require it without a TS loader). */
export declare const DEV_BASE_URL: string;
export declare function productionBaseUrl(raw: string | undefined | null): string | null;
export declare function rewriteManifestBaseUrl(xml: string, baseUrl: string | null): string;
