#!/bin/sh
# Installs the schema validators (pinned by package-lock.json) when Node.js and npm are on the PATH. Without them
# the OpenAPI schema checks of the manifests are skipped with a message (and fail in CI, K8S_SCHEMA_REQUIRED=true).
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  exec npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
fi
echo "k8s-tests: Node.js/npm not found: the OpenAPI schema checks of the manifests will be skipped (install Node.js 20+ with npm to run them)"
