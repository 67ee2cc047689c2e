export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(env?: NodeJS.ProcessEnv): { path: string; source: 'env' | 'system' | 'playwright' } | { path: null; reason: string };
