/** The content folder: `content/` unless CONTENT_DIR names another (tests and benchmarks build other content). */
export const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** Entry ids are file names, so URLs stay `/<collection>/<file-name>/` whatever the sub-folder. */
export const idFromPath = (path: string): string => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
