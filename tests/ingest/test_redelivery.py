"""How long a file held by a dead worker waits before another worker gets it
(``DOCKET_REDELIVERY_S``). The fault test across namespaces (tests/cluster/test_netns_faults.py)
kills a worker holding a file and sees it come back with this setting at 90 s; here, the
setting's reach into the Celery client and its bounds, with no broker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import ValidationError

from config import Settings, reset_settings
from ingest.job import tasks


@pytest.fixture
def queue_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    # Building the Celery client connects to nothing, so no broker need listen here.
    monkeypatch.setenv("DOCKET_BROKER_URL", "redis://127.0.0.1:1/0")
    reset_settings()
    tasks.reset_for_tests()
    yield monkeypatch
    tasks.reset_for_tests()
    monkeypatch.undo()
    reset_settings()


def _transport_options() -> dict:
    reset_settings()
    tasks.reset_for_tests()
    return tasks.celery_app().conf.broker_transport_options


def test_by_default_a_dead_workers_file_comes_back_after_twenty_minutes(
    queue_settings: pytest.MonkeyPatch,
) -> None:
    # Redis's own default is an hour; twenty minutes is above the 900 s per-file limit.
    assert _transport_options() == {"visibility_timeout": 1200, "unacked_restore_interval": 100,
                                    "unacked_restore_throttle": 1}


def test_a_short_redelivery_time_is_swept_for_at_a_tenth_of_it(
    queue_settings: pytest.MonkeyPatch,
) -> None:
    queue_settings.setenv("DOCKET_REDELIVERY_S", "90")
    assert _transport_options() == {"visibility_timeout": 90, "unacked_restore_interval": 9,
                                    "unacked_restore_throttle": 1}


def test_a_redelivery_time_under_thirty_seconds_is_refused() -> None:
    with pytest.raises(ValidationError, match="redelivery_s"):
        Settings(redelivery_s=5)
