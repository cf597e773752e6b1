#!/bin/sh
# Run a command as if on a host of its own: its own hostname, and its own empty /tmp, /var/tmp
# and /dev/shm, with the directories given hidden under empty file systems. The namespace
# fault test (tests/cluster/test_netns_faults.py) starts each `docket worker` this way, so that
# the two workers share no directory: neither can read the other's files, the services' data
# or the input files, which only the CLI side sees.
#
# Usage: private-host.sh HOSTNAME [HIDDEN_DIR...] -- COMMAND [ARG...]
# Needs root (or CAP_SYS_ADMIN): it re-runs itself under `unshare --mount --uts`. The mounts
# live only in that namespace and go when its last process ends.
set -eu

if [ "${DOCKET_PRIVATE_HOST_INSIDE:-}" != 1 ]; then
    export DOCKET_PRIVATE_HOST_INSIDE=1
    exec unshare --mount --uts --propagation private -- sh "$0" "$@"
fi
unset DOCKET_PRIVATE_HOST_INSIDE

hostname "$1"
shift
# The checkout (the command and its venv) may live under a directory about to be emptied: CI
# may clone into /tmp. It is set aside on a mount of this namespace's own, then put back.
checkout=$(pwd -P)
case "$checkout" in
    /tmp/*|/var/tmp/*|/dev/shm/*) ;;
    *) checkout= ;;
esac
if [ -n "$checkout" ]; then
    mount -t tmpfs -o mode=0700,size=1m tmpfs /mnt
    mkdir /mnt/checkout
    mount --bind "$checkout" /mnt/checkout
fi
for dir in /tmp /var/tmp /dev/shm; do
    mount -t tmpfs -o mode=1777,size=2g tmpfs "$dir"
done
if [ -n "$checkout" ]; then
    mkdir -p "$checkout"
    mount --bind /mnt/checkout "$checkout"
    umount -l /mnt
    cd "$checkout"
fi
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
    if [ -d "$1" ]; then
        mount -t tmpfs -o mode=0700,size=1m tmpfs "$1"
    fi
    shift
done
[ "$#" -gt 0 ] && shift  # the "--"
exec "$@"
