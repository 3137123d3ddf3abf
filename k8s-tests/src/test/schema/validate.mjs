// Validates rendered Kubernetes objects against the schemas of the API they name: kubernetes-models (generated from
// the upstream Kubernetes OpenAPI document) and @kubernetes-models/prometheus-operator (generated from the
// operator's CRD schemas). Input: a JSON file holding [{source, object}]. Output (stdout): a JSON array with one
// entry per object: {source, type, error} where error is null when the object is valid.
import { readFile } from "node:fs/promises";

const [, , input] = process.argv;
const items = JSON.parse(await readFile(input, "utf8"));

function modulePath(apiVersion, kind) {
  if (apiVersion.startsWith("monitoring.coreos.com/")) {
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  }
  return `kubernetes-models/${apiVersion}/${kind}`; // "v1" is the core group
}

const results = [];
for (const { source, object } of items) {
  const type = `${object.apiVersion}/${object.kind}`;
  let error = null;
  try {
    const module = await import(modulePath(object.apiVersion, object.kind));
    const Model = module[object.kind];
    if (typeof Model !== "function") {
      throw new Error(`no schema for ${type}`);
    }
    new Model(object).validate();
  } catch (e) {
    error = e.code === "ERR_MODULE_NOT_FOUND" ? `no schema for ${type}` : String(e.message ?? e);
  }
  results.push({ source, type, error });
}
process.stdout.write(JSON.stringify(results));
