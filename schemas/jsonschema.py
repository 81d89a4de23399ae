"""JSON Schema files generated from the pydantic models (the models are the source of truth).

Regenerate after changing a model with ``python -m schemas.jsonschema``; a test fails while
the committed files and the models disagree.

>>> sorted(SCHEMA_FILES)  # doctest: +NORMALIZE_WHITESPACE
['alert.v1.schema.json', 'dlq.v1.schema.json', 'event.v1.schema.json',
 'reindex_request.v1.schema.json', 'retrain_request.v1.schema.json']
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from schemas.alerts import Alert, ReindexRequest, RetrainRequest
from schemas.dlq import DeadLetter
from schemas.event import EventV1

__all__ = ["SCHEMA_DIR", "SCHEMA_FILES", "render_schema", "write_schemas"]

SCHEMA_DIR = Path(__file__).parent / "json"
SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "event.v1.schema.json": EventV1,
    "dlq.v1.schema.json": DeadLetter,
    "alert.v1.schema.json": Alert,
    "retrain_request.v1.schema.json": RetrainRequest,
    "reindex_request.v1.schema.json": ReindexRequest,
}


def render_schema(model: type[BaseModel]) -> str:
    """The JSON Schema (draft 2020-12) of ``model`` as stable, pretty JSON text."""
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema file; returns the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMA_FILES.items():
        path = directory / name
        path.write_text(render_schema(model), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_schemas(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_DIR):
        print(written_path)
