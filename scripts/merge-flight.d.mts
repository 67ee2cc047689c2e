export declare function mergeFlightScripts(html: string): { html: string; removed: number };
