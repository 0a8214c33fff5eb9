export declare const firstLoadJs: (html: string, buildDir?: string) => {scripts: number; rawBytes: number; gzipBytes: number};
