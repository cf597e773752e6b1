"""The case register: crime, incident and referral references grouped into cases, with their
documents, dates, outcome, people by role and flags for re-examination (PRODUCT.md 5a).

- ``search.cases.rules``: the sentence rules (sentences, dates), with
  ``search.cases.outcomes`` (the outcome and the NFA's reason) and ``search.cases.roles``;
- ``search.cases.sources``: what the register reads of a document, its references made whole
  across the collection;
- ``search.cases.register``: documents in, cases out (pure), in steps: ``search.cases.case``
  (a case, a citation, a document's sentences), ``search.cases.grouping`` (references into
  cases) and ``search.cases.reading`` (each sentence's outcome, dates, people and items);
- ``search.cases.items``: the vehicles, phones and addresses that link cases, and letterheads;
- ``search.cases.flags``: what is flagged, with reasons and citations;
- ``search.cases.records``: the stored form, its ciphered copy, the documents' case fields;
- ``search.cases.vocabulary``: the closed lists;
- ``search.cases.queries``: the register's reads, scoped to the caller.

The writer is ingestion's job (``ingest.job.cases``).
"""
