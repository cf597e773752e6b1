"""The case register: crime, incident and referral references grouped into cases, with their
documents, dates, outcome, people by role and flags for re-examination (PRODUCT.md 5a).

- ``search.cases.rules``: the sentence rules (outcomes, dates, roles);
- ``search.cases.register``: documents in, cases out (pure);
- ``search.cases.items``: the vehicles, phones and addresses that link cases, and letterheads;
- ``search.cases.flags``: what is flagged, with reasons and citations;
- ``search.cases.records``: the stored form, its ciphered copy, the documents' case fields;
- ``search.cases.vocabulary``: the closed lists;
- ``search.cases.queries``: the register's reads, scoped to the caller.

The writer is ingestion's job (``ingest.job.cases``).
"""
