import type { TestProject } from "vitest/node";
import { build, serveProduct } from "../../dev/serve/product";

declare module "vitest" {
  export interface ProvidedContext {
    harnessUrl: string;
    emulatorOrigin: string;
  }
}

/** Builds the real bundle once, then serves it with a seeded emulator for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build();
  const product = await serveProduct();
  project.provide("harnessUrl", `${product.url}/harness/`);
  project.provide("emulatorOrigin", product.emulator.origin);
  return () => product.close();
}
