"""`prparse schema`: the JSON Schema every output validates against."""

from __future__ import annotations

import json

import typer

from prparse.cli.app import app


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the output (schema version 1).

    [b]Example:[/b] prparse schema > press-release.schema.json
    """
    from prparse.schema import OUTPUT_SCHEMA

    typer.echo(json.dumps(OUTPUT_SCHEMA, indent=2))
