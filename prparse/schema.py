"""The JSON Schema of the output contract (schema version 1), printed by `prparse schema`."""

from __future__ import annotations

from typing import Any

from prparse.model import CTA_KINDS, SCHEMA_VERSION

_STR = {"type": "string"}
_STR_OR_NULL = {"type": ["string", "null"]}
_ISO_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}


def _object(properties: dict[str, Any], *, nullable: bool = False) -> dict[str, Any]:
    return {
        "type": ["object", "null"] if nullable else "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,  # strict: a key this version does not define is a bug
    }


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


OUTPUT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://prparse.dev/schema/1/press-release.json",
    "title": "prparse press release",
    **_object(
        {
            "schema_version": {"const": SCHEMA_VERSION},
            "source": _object(
                {
                    "name": _STR_OR_NULL,
                    "format": {"enum": ["text", "html"]},
                    "encoding": _STR_OR_NULL,
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                }
            ),
            "headline": _STR_OR_NULL,
            "subheadline": _STR_OR_NULL,
            "dateline": _object(
                {"raw": _STR, "location": _STR_OR_NULL, "date": _ISO_DATE, "wire": _STR_OR_NULL}, nullable=True
            ),
            "byline": _STR_OR_NULL,
            "issuer": _STR_OR_NULL,
            "quotes": _array(
                _object(
                    {
                        "text": _STR,
                        "speaker": _object({"name": _STR_OR_NULL, "title": _STR_OR_NULL, "organization": _STR_OR_NULL}),
                        "verb": _STR_OR_NULL,
                        "inferred": {"type": "boolean"},
                    }
                )
            ),
            "calls_to_action": _array(
                _object({"text": _STR, "kind": {"enum": list(CTA_KINDS)}, "target": _STR_OR_NULL})
            ),
            "contacts": _array(
                _object(
                    {
                        "name": _STR_OR_NULL,
                        "title": _STR_OR_NULL,
                        "organization": _STR_OR_NULL,
                        "emails": _array(_STR),
                        "phones": _array(
                            _object(
                                {"raw": _STR, "e164": {"type": ["string", "null"], "pattern": r"^\+[1-9]\d{1,14}$"}}
                            )
                        ),
                    }
                )
            ),
            "about": _array(_object({"organization": _STR_OR_NULL, "text": _STR})),
            "body": _array(_STR),
            "links": _array(_object({"text": _STR_OR_NULL, "url": _STR})),
            "warnings": _array(_STR),
        }
    ),
}
