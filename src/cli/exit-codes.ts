/**
 * 0: nothing at or above --fail-on. 1: findings at or above it. 2: usage, configuration or input error
 * (an input error wins over findings unless --fail-on none).
 */
export const exitCodes = { clean: 0, findings: 1, error: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
