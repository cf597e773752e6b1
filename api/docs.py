"""``/docs``: the API's reference page (Swagger UI), served by the app itself.

FastAPI's own page loads Swagger UI from a CDN and starts it with an inline script, which the
page's CSP (``script-src 'self'``) refuses, and which no offline machine could load anyway: it
was a blank page. Here the assets come from the pinned ``swagger-ui-py`` package (Swagger UI 5,
which reads FastAPI's OpenAPI 3.1; ``swagger-ui-bundle`` still ships 4, which refuses it), and the
page is started by ``ui/docs.js``, so nothing leaves the machine and the CSP stays as it is.
Plain Starlette routes, like FastAPI's: neither gated nor audited (they hold no data; the
OpenAPI document is public too).
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.requests import Request
from starlette.responses import HTMLResponse

ASSETS = "/docs/assets"
PAGE = f"""<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Docket API</title>
  <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="{ASSETS}/swagger-ui.css">
</head>
<body>
  <main id="swagger-ui" aria-label="Docket API reference"></main>
  <script src="{ASSETS}/swagger-ui-bundle.js"></script>
  <script src="/static/docs.js"></script>
</body>
</html>
"""


async def docs_page(_request: Request) -> HTMLResponse:
    return HTMLResponse(PAGE)


def install_docs(app: FastAPI) -> None:
    """Serve Swagger UI at ``/docs``, from the package's files (the app has ``docs_url=None``)."""
    assets = files("swagger_ui") / "static"
    app.mount(ASSETS, StaticFiles(directory=str(assets)), name="docs-assets")
    app.add_route("/docs", docs_page, include_in_schema=False)
