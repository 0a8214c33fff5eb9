export declare const MAX_RESTART_DELAY_MS: number;
export declare const restartDelay: (recentExits: number) => number;
