export declare const MAX_RESTART_DELAY_MS: number;
/** `alive`: workers still running; none left means a replacement at once. */
export declare const restartDelay: (recentExits: number, alive?: number) => number;
