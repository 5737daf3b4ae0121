// A `.js` file under a package.json of type module: an ES module (import.meta is ESM-only syntax).
export const handler = async () => ({ module: 'esm', file: import.meta.url.split('/').pop() });
