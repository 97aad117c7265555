#!/usr/bin/env bash
# Builds the runner's container image without a Docker engine or a registry: a jlink'ed Java
# runtime plus the shared libraries it and the engines' native code need (copied from this host),
# and runner/target/quarkus-app, written as one tar that is both an OCI image layout and a
# `docker save` archive (docker load, podman load, skopeo copy oci-archive:..., kind load
# image-archive, ctr images import all read it).
#   runner/src/main/image/build-image.sh [image=modelplane/runner] [tag=<version>-cpu]
# Needs `./mvnw -pl runner package` first. CPU only: see runner/README.md for CUDA.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "$here/../../.." && pwd)"
version="$(sed -n 's:.*<version>\(.*-SNAPSHOT\|[0-9.]*\)</version>.*:\1:p' "$module/pom.xml" | head -1)"
image="${1:-modelplane/runner}"; tag="${2:-${version}-cpu}"
jdk="${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
app="$module/target/quarkus-app"
out="$module/target/image"
[ -f "$app/quarkus-run.jar" ] || { echo "run ./mvnw -pl runner package first" >&2; exit 1; }
rm -rf "$out"; mkdir -p "$out/base/opt" "$out/app" "$out/oci/blobs/sha256"

# 1. Java runtime: only the modules a Quarkus app with DJL uses.
"$jdk/bin/jlink" --output "$out/base/opt/java" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --add-modules \
  java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.transaction.xa,java.xml,jdk.management,jdk.net,jdk.unsupported,jdk.zipfs

# 2. Shared libraries: whatever the JVM and the engines' bundled natives link against.
natives="$out/natives"; mkdir -p "$natives"
for jar in "$app"/lib/main/*onnxruntime*.jar "$app"/lib/main/*tokenizers*.jar \
  "$app"/lib/main/*pytorch-native*.jar "$app"/lib/main/*xgboost*.jar; do
  unzip -q -o "$jar" '*linux*x86_64*.so*' '*linux-x86_64*' -d "$natives" 2>/dev/null || true
done
{ find "$out/base/opt/java" "$natives" -name '*.so*' -type f; echo "$out/base/opt/java/bin/java"; } |
  xargs -r ldd 2>/dev/null | awk '/=> \// {print $3} /^\s*\/lib.*ld-linux/ {print $1}' |
  grep -v "^$out" | sort -u |
  while read -r lib; do
    mkdir -p "$out/base$(dirname "$lib")"
    cp -L "$lib" "$out/base$lib"
  done
# the loader must also be reachable where the binaries expect it
mkdir -p "$out/base/lib64" "$out/base/tmp" "$out/base/etc"
cp -L /lib64/ld-linux-x86-64.so.2 "$out/base/lib64/"
chmod 1777 "$out/base/tmp"
echo 'runner:x:10001:10001::/tmp:/sbin/nologin' >"$out/base/etc/passwd"
echo 'runner:x:10001:' >"$out/base/etc/group"
rm -rf "$natives"

# 3. The application, as the local backend runs it.
cp -r "$app" "$out/app/app"

# 4. Layers, config, manifests.
layer() { # dir -> prints "digest diffid size"
  local tarfile="$out/layer.tar"
  tar --sort=name --mtime='2000-01-01' --owner=0 --group=0 --numeric-owner -C "$1" -cf "$tarfile" .
  local diffid; diffid=$(sha256sum "$tarfile" | cut -d' ' -f1)
  gzip -n -6 "$tarfile"
  local digest; digest=$(sha256sum "$tarfile.gz" | cut -d' ' -f1)
  mv "$tarfile.gz" "$out/oci/blobs/sha256/$digest"
  echo "$digest $diffid $(stat -c %s "$out/oci/blobs/sha256/$digest")"
}
read -r base_digest base_diff base_size < <(layer "$out/base")
read -r app_digest app_diff app_size < <(layer "$out/app")
python3 - "$out/oci" "$image" "$tag" "$base_digest" "$base_diff" "$base_size" "$app_digest" "$app_diff" "$app_size" <<'PY'
import hashlib, json, os, sys
oci, image, tag, bd, bdiff, bs, ad, adiff, asz = sys.argv[1:]
def blob(obj):
    data = json.dumps(obj, separators=(",", ":"), sort_keys=True).encode()
    digest = hashlib.sha256(data).hexdigest()
    open(f"{oci}/blobs/sha256/{digest}", "wb").write(data)
    return digest, len(data)
config = {
    "architecture": "amd64", "os": "linux",
    "config": {
        "User": "10001:10001", "WorkingDir": "/app", "ExposedPorts": {"8080/tcp": {}},
        "Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "DJL_OFFLINE=true",
                "OPT_OUT_TRACKING=true", "DJL_CACHE_DIR=/tmp/djl", "ENGINE_CACHE_DIR=/tmp/djl",
                "MODEL_WORK_DIR=/tmp/model", "PORT=8080"],
        "Entrypoint": ["/opt/java/bin/java", "--enable-native-access=ALL-UNNAMED",
                       "-Dai.djl.offline=true", "-XX:MaxRAMPercentage=75", "-jar",
                       "/app/quarkus-run.jar"],
        "Labels": {"org.opencontainers.image.title": "modelplane-runner"},
    },
    "rootfs": {"type": "layers", "diff_ids": [f"sha256:{bdiff}", f"sha256:{adiff}"]},
    "history": [{"created_by": "jlink + host shared libraries"}, {"created_by": "quarkus-app"}],
}
cd, cs = blob(config)
gz = "application/vnd.oci.image.layer.v1.tar+gzip"
manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                       "digest": f"sha256:{cd}", "size": cs},
            "layers": [{"mediaType": gz, "digest": f"sha256:{bd}", "size": int(bs)},
                       {"mediaType": gz, "digest": f"sha256:{ad}", "size": int(asz)}]}
md, ms = blob(manifest)
ref = f"{image}:{tag}"
json.dump({"schemaVersion": 2, "manifests": [{
    "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": f"sha256:{md}", "size": ms,
    "annotations": {"io.containerd.image.name": f"docker.io/{ref}" if "/" in image and "." not in image.split("/")[0] else ref,
                    "org.opencontainers.image.ref.name": tag}}]}, open(f"{oci}/index.json", "w"))
json.dump({"imageLayoutVersion": "1.0.0"}, open(f"{oci}/oci-layout", "w"))
json.dump([{"Config": f"blobs/sha256/{cd}", "RepoTags": [ref],
            "Layers": [f"blobs/sha256/{bd}", f"blobs/sha256/{ad}"]}], open(f"{oci}/manifest.json", "w"))
PY
tarball="$module/target/runner-image-$(echo "$tag" | tr '/:' '__').tar"
tar --sort=name --mtime='2000-01-01' --owner=0 --group=0 -C "$out/oci" -cf "$tarball" .
echo "image $image:$tag -> $tarball ($(du -h "$tarball" | cut -f1)); root filesystem in $out/{base,app}"
