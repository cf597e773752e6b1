# The Docket API and worker image (used by docker-compose.yml).
FROM python:3.11-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd libmagic1 file \
    fonts-dejavu-core libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui \
    libarchive13 pff-tools \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY config config
COPY search search
COPY ingest ingest
COPY api api
COPY ui ui
COPY scripts scripts
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir setuptools wheel \
 && /venv/bin/pip install --no-cache-dir . \
 && VENV=/venv bash scripts/setup.sh --only-spacy-model
ENV PATH=/venv/bin:$PATH DO_NOT_TRACK=1 SCARF_NO_ANALYTICS=true
RUN useradd --system --home /var/lib/docket docket && mkdir -p /var/lib/docket \
 && chown docket /var/lib/docket
USER docket
EXPOSE 8000
