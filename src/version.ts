/** Kept in step with package.json by the build (rollup replaces nothing: bump both). */
export const VERSION = '0.1.0';
