"""Settings and data (index mappings, analysis, the managed node's modules) for Docket."""

from config.data import IndexSpec, index_specs, opensearch_spec
from config.settings import Settings, SettingsInvalid, get_settings, reset_settings

__all__ = ["IndexSpec", "Settings", "SettingsInvalid", "get_settings", "index_specs",
           "opensearch_spec", "reset_settings"]
