#!/usr/bin/env bash
# Builds and pushes the images of all four services with one command, where Docker (or Podman as `docker`) runs:
#
#   REGISTRY=registry.example.com/safe-support k8s/images/build-all.sh            # native (default)
#   REGISTRY=registry.example.com/safe-support FLAVOUR=jvm k8s/images/build-all.sh   # tags <version>-jvm
#   PUSH=false ... k8s/images/build-all.sh                                          # build only (e.g. for kind load)
#
# Native executables are compiled inside Quarkus' Mandrel builder container (quarkus.native.container-build),
# so no GraalVM is needed on the machine. Tags are the project version unless TAG is set; never "latest".
set -euo pipefail

cd "$(dirname "$0")/../.."
REGISTRY="${REGISTRY:-safe-support}"
FLAVOUR="${FLAVOUR:-native}"
PUSH="${PUSH:-true}"
TAG="${TAG:-$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout -N)}"
SERVICES=(consent-service redaction-service bot-service escalation-service)

if [[ "$TAG" == "latest" || -z "$TAG" ]]; then
  echo "refusing tag '$TAG': use an immutable version" >&2
  exit 1
fi

modules="$(IFS=,; echo "${SERVICES[*]}")"
case "$FLAVOUR" in
  native)
    # -Pnative: the same build options as ./suite native and CI, only the builder runs in a container.
    ./mvnw -B package -DskipTests -pl "$modules" -am -Pnative -Dquarkus.native.container-build=true
    dockerfile=k8s/images/Dockerfile.native-micro
    suffix="" ;;
  jvm)
    ./mvnw -B package -DskipTests -pl "$modules" -am
    dockerfile=k8s/images/Dockerfile.jvm
    suffix="-jvm" ;;
  *)
    echo "FLAVOUR must be native or jvm" >&2
    exit 1 ;;
esac

for service in "${SERVICES[@]}"; do
  image="$REGISTRY/$service:$TAG$suffix"
  docker build -f "$dockerfile" --build-arg "SERVICE=$service" -t "$image" .
  if [[ "$PUSH" == "true" ]]; then
    docker push "$image"
  fi
  echo "built $image"
done
