#!/usr/bin/env python3
"""Extract the facts our tests need from Apple's App Store Connect OpenAPI document.

Only the achievement image and localization routes (v1 and v2), and the lists and
linkage routes declared for achievements and versions, are kept: for each
route and method, its query parameters (with their enums), its request body schema
and its response status -> schema; plus the component schemas reachable from those,
reduced to their structure (types, properties, required, enums, references). The
output is our own compact format, not a copy of Apple's document.

usage: tools/schema_facts.py [OPENAPI_JSON] [OUT_JSON]
defaults: ../shared/reference/app-store-connect-openapi-4.4.1.json (beside the repository) and
          tests/schema-facts.json
"""

import json
import os
import sys

ROUTES = {
    "/v1/gameCenterAchievementImages": ["post"],
    "/v1/gameCenterAchievementImages/{id}": ["get", "patch", "delete"],
    "/v2/gameCenterAchievementImages": ["post"],
    "/v2/gameCenterAchievementImages/{id}": ["get", "patch", "delete"],
    "/v1/gameCenterAchievementLocalizations": ["post"],
    "/v1/gameCenterAchievementLocalizations/{id}": ["get", "patch", "delete"],
    "/v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage": ["get"],
    "/v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievementImage": ["get"],
    "/v2/gameCenterAchievementLocalizations": ["post"],
    "/v2/gameCenterAchievementLocalizations/{id}": ["get", "patch", "delete"],
    "/v2/gameCenterAchievementLocalizations/{id}/image": ["get"],
    "/v2/gameCenterAchievementLocalizations/{id}/relationships/image": ["get"],
    "/v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement": ["get"],
    # Lists and linkage declared with `list(...)` and `linkage(...)`.
    "/v1/gameCenterAchievements/{id}/localizations": ["get"],
    "/v1/gameCenterAchievements/{id}/relationships/localizations": ["get"],
    "/v2/gameCenterAchievementVersions/{id}/localizations": ["get"],
    "/v2/gameCenterAchievementVersions/{id}/relationships/localizations": ["get"],
}

# Structure only: descriptions, titles, examples and discriminators are dropped.
KEEP = {
    "type", "properties", "required", "enum", "items", "$ref", "oneOf", "anyOf", "allOf",
    "format", "nullable", "additionalProperties", "minItems", "maxItems", "minimum", "maximum",
}
PREFIX = "#/components/schemas/"


def strip(node):
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "properties":
                out[k] = {name: strip(s) for name, s in v.items()}
            elif k in KEEP:
                out[k] = strip(v)
        return out
    if isinstance(node, list):
        return [strip(x) for x in node]
    return node


def refs(node, found):
    if isinstance(node, dict):
        r = node.get("$ref")
        if isinstance(r, str) and r.startswith(PREFIX):
            found.add(r[len(PREFIX):])
        for v in node.values():
            refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)


def schema_name(content):
    schema = (content or {}).get("application/json", {}).get("schema", {})
    r = schema.get("$ref", "")
    return r[len(PREFIX):] if r.startswith(PREFIX) else None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_src = os.path.join(
        here, "..", "..", "shared", "reference", "app-store-connect-openapi-4.4.1.json"
    )
    src = sys.argv[1] if len(sys.argv) > 1 else default_src
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "tests", "schema-facts.json")
    with open(src, encoding="utf-8") as f:
        doc = json.load(f)
    schemas = doc["components"]["schemas"]

    routes = {}
    wanted = set()
    for path, methods in ROUTES.items():
        item = doc["paths"][path]
        for method in methods:
            op = item[method]
            params = {}
            for p in op.get("parameters", []) + item.get("parameters", []):
                if p.get("in") != "query":
                    continue
                s = p.get("schema", {})
                fact = {"type": s.get("type")}
                enum = s.get("items", {}).get("enum") or s.get("enum")
                if enum:
                    fact["enum"] = enum
                if "maximum" in s:
                    fact["maximum"] = s["maximum"]
                if p.get("required"):
                    fact["required"] = True
                params[p["name"]] = fact
            responses = {}
            for status, r in op.get("responses", {}).items():
                responses[status] = schema_name(r.get("content"))
            fact = {"query": params, "responses": responses}
            request = schema_name(op.get("requestBody", {}).get("content"))
            if request:
                fact["request"] = request
            routes[f"{method.upper()} {path}"] = fact
            wanted.update(n for n in list(responses.values()) + [request] if n)

    kept = {}
    todo = sorted(wanted)
    while todo:
        name = todo.pop()
        if name in kept:
            continue
        kept[name] = strip(schemas[name])
        found = set()
        refs(kept[name], found)
        todo.extend(sorted(found - kept.keys()))

    out = {
        "source": {
            "document": os.path.basename(src),
            "version": doc.get("info", {}).get("version"),
            "generator": "tools/schema_facts.py",
        },
        "routes": routes,
        "schemas": dict(sorted(kept.items())),
    }
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"{len(routes)} routes, {len(kept)} schemas -> {dst}")


if __name__ == "__main__":
    main()
