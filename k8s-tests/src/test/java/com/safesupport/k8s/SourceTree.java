package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every YAML file under k8s/ as written, before kustomize: kustomization files, resources, and patches. Patches
 * are partial objects (no selector, no podSelector), so each is merged onto the resource it patches before its
 * strict parse (a small strategic merge: maps recursively, lists of named items by name) — a misspelt field
 * in a patch still fails.
 */
final class SourceTree {

    record File(Path path, List<JsonNode> documents) {
        String relative() {
            return Repo.relative(path);
        }
    }

    final List<File> kustomizations = new ArrayList<>();
    final List<File> resources = new ArrayList<>();
    final List<File> patches = new ArrayList<>();

    static SourceTree load() {
        SourceTree tree = new SourceTree();
        Set<Path> patchPaths = new HashSet<>();
        List<File> all = new ArrayList<>();
        for (Path p : Repo.yamlFilesUnderK8s()) {
            File f = new File(p, Yaml.documents(Repo.read(p)));
            all.add(f);
            if (p.getFileName().toString().equals("kustomization.yaml")) {
                tree.kustomizations.add(f);
                for (JsonNode doc : f.documents()) {
                    for (JsonNode patch : doc.path("patches")) {
                        if (patch.hasNonNull("path")) {
                            patchPaths.add(p.getParent().resolve(patch.get("path").asText()).normalize());
                        }
                    }
                }
            }
        }
        for (File f : all) {
            if (tree.kustomizations.contains(f)) {
                continue;
            }
            (patchPaths.contains(f.path().normalize()) ? tree.patches : tree.resources).add(f);
        }
        return tree;
    }

    /** The resource a patch document targets, by kind and name, among the unpatched resource files. */
    JsonNode target(JsonNode patch) {
        String kind = patch.path("kind").asText();
        String name = patch.path("metadata").path("name").asText();
        for (File f : resources) {
            for (JsonNode doc : f.documents()) {
                if (doc.path("kind").asText().equals(kind) && doc.path("metadata").path("name").asText().equals(name)) {
                    return doc;
                }
            }
        }
        throw new IllegalStateException("patch " + kind + "/" + name + " targets no resource under k8s/");
    }

    static JsonNode merge(JsonNode base, JsonNode patch) {
        if (base instanceof ObjectNode b && patch instanceof ObjectNode p) {
            ObjectNode out = b.deepCopy();
            p.properties().forEach(e -> out.set(e.getKey(),
                    out.has(e.getKey()) ? merge(out.get(e.getKey()), e.getValue()) : e.getValue().deepCopy()));
            return out;
        }
        if (base instanceof ArrayNode b && patch instanceof ArrayNode p && isNamedList(b) && isNamedList(p)) {
            ArrayNode out = b.deepCopy();
            for (JsonNode item : p) {
                int at = indexOfName(out, item.get("name").asText());
                if (at >= 0) {
                    out.set(at, merge(out.get(at), item));
                } else {
                    out.add(item.deepCopy());
                }
            }
            return out;
        }
        return patch.deepCopy();
    }

    private static boolean isNamedList(ArrayNode list) {
        for (JsonNode item : list) {
            if (!item.isObject() || !item.hasNonNull("name")) {
                return false;
            }
        }
        return !list.isEmpty();
    }

    private static int indexOfName(ArrayNode list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("name").asText().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
