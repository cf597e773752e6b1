"""Ingestion: files -> text, pages, metadata, entities -> index records.

Telemetry of the libraries used here is switched off before any of them is imported: Docket makes
no connection beyond loopback and the configured OpenSearch and Redis.
"""

import os

for _name, _value in {
    "DO_NOT_TRACK": "1",
    "SCARF_NO_ANALYTICS": "true",
    "UNSTRUCTURED_DISABLE_NOTICE": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "OMP_THREAD_LIMIT": "1",
}.items():
    os.environ.setdefault(_name, _value)
