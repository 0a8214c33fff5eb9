// Lets a plain Node script (Node 20 cannot run TypeScript) use a module of the app: esbuild, which the build
// already uses, bundles it in memory, and the result is imported from a data: URL.
import {build} from 'esbuild';

export const importTs = async (path) => {
  const result = await build({entryPoints: [path], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning'});
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
};
