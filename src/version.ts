/** The tool's version: shown by --version, written into reports and cache files. */
export const VERSION = '0.1.0';
