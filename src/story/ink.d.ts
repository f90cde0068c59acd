/** A .ink file compiled at build time (scripts/inkPlugin.ts): the runtime JSON as a string. */
declare module '*.ink' {
  const json: string;
  export default json;
}
