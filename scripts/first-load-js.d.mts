export declare const firstLoadJs: (html: string, buildDir?: string) => {scripts: number; rawBytes: number; gzipBytes: number};
export declare const firstLoadScripts: (html: string, buildDir?: string) => {src: string; code: Buffer}[];
