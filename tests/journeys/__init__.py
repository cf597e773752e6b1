"""What users do, end to end through the public API and the CLI: uploads and server-side paths
that run real jobs, every container type, OCR'd text found by search, offline in a fresh
process. Helpers shared by these modules are in ``tests.journeys.jobs``."""
