"""Celery settings the namespace fault test gives its workers and CLI (through Celery's own
``CELERY_LOADER=default`` and ``CELERY_CONFIG_MODULE``), on top of Docket's.

A worker killed outright (its main process with its pool) holds one unacknowledged message.
The Redis transport hands such a message to another worker only once its visibility timeout
has passed: an hour by default, longer than the test may run. Docket has no setting for it
yet, so the test shortens it here, above the longest any file of its job takes, even with its
worker's link cut for 20 s. Without it, the file is not lost, only an hour late.
"""

broker_transport_options = {
    "visibility_timeout": 90,
    # Look for overdue messages every 5 s rather than every 100 s.
    "unacked_restore_interval": 5,
    "unacked_restore_throttle": 1,
}
