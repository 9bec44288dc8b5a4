/**
 * Types for `cheerio/slim` (htmlparser2 only, no parse5). The tsconfig's `node10` module
 * resolution does not read package `exports`, so it cannot find this subpath's own types;
 * its `load` has the same signature as the main entry's, which node10 does resolve.
 * Node and esbuild resolve the subpath itself at run time.
 */
declare module 'cheerio/slim' {
  export { load } from 'cheerio';
  export type { Cheerio, CheerioAPI, CheerioOptions } from 'cheerio';
}
