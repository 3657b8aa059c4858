// esbuild bundles imported style sheets into the app's .css file.
declare module '*.css';
