import type { Configuration } from "webpack";

/** Types for webpack.config.js, so dev scripts can build with the same configuration. */
declare const makeConfig: (env: Record<string, unknown>, argv: { mode: "development" | "production" }) => Configuration;
export default makeConfig;
/** The pages' Content-Security-Policy (connect-src): Microsoft Graph and sign-in, and this machine unless deploying. */
export declare function contentSecurityPolicy(options: { deploy: boolean }): string;
