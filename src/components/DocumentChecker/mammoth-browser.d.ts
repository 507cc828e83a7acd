/** mammoth's browser bundle has the same API as the package (types in mammoth/lib/index.d.ts). */
declare module 'mammoth/mammoth.browser.js' {
  const mammoth: typeof import('mammoth');
  export default mammoth;
}
