export declare const firstLoadJs: (html: string, buildDir?: string) => {scripts: number; rawBytes: number; gzipBytes: number};
export declare const firstLoadScripts: (html: string, buildDir?: string) => {src: string; code: Buffer}[];
export declare const EARLY_DRAWING_SCRIPTS: string[];
export declare const EARLY_DRAWING_BUDGET_KIB: number;
export declare const earlyDrawingJs: (publicDir?: string) => {rawBytes: number; gzipBytes: number};
