import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * One entry per page the manifest loads (task pane, event runtime, sign-in dialog), plus the
 * local Outlook-like harness. The harness serves the *same* task pane bundle; only the office.js
 * script differs (its shim instead of the CDN), so the add-in code is identical. A build to
 * deploy (`npm run build`, `--env deploy`) leaves the harness out.
 */
export default (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const harness = !env.deploy;
  return {
    mode: production ? "production" : "development",
    context: root,
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      events: "./src/events/runtime.ts",
      auth: "./src/dialog/auth.ts",
      ...(harness ? { harness: "./dev/harness/index.tsx", "harness-office": "./dev/harness/office-shim.ts" } : {}),
    },
    output: {
      path: path.resolve(root, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "events.html",
        template: "./src/events/events.html",
        chunks: ["events"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "auth.html",
        template: "./src/dialog/auth.html",
        chunks: ["auth"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      ...(harness
        ? [
            new HtmlWebpackPlugin({
              filename: "harness/taskpane.html",
              template: "./src/taskpane/taskpane.html",
              chunks: ["taskpane"],
              publicPath: "/",
              templateParameters: { officeJs: "/harness-office.js" },
            }),
            new HtmlWebpackPlugin({
              filename: "harness/index.html",
              template: "./dev/harness/harness.html",
              chunks: ["harness"],
              publicPath: "/",
            }),
          ]
        : []),
      new CopyWebpackPlugin({ patterns: [{ from: "assets", to: "assets" }] }),
    ],
  };
};
