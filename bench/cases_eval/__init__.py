"""An independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, without reading the code that builds the register:
`generate` writes an invented collection of three forces' and councils' files with its ground
truth, `score` loads it into Docket as a user would and reads the register over the API, and
`adapter` is the one place that knows the shape of that API.
"""
