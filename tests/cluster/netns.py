"""Network namespaces standing in for separate hosts on one machine.

Each host is a network namespace with one interface, ``eth0``, and a private address on
``127.77.0.0/24``; a bridge joins them. The bridge itself sits in a namespace of its own (the
"hub"), so the root namespace gets no interface, no address and no route: whatever runs on a
host can reach the other hosts and nothing else, and nothing outside can reach it. Pulling a
host's cable is ``cut``: its port on the hub goes down and packets in flight are lost, as on a
real switch.

Processes join a host by being started from a thread that has entered the host's namespace
(``Fabric.inside``): ``setns`` moves only the calling thread, and a child inherits the
namespace of the thread that forked it. Sockets keep the namespace they were opened in, so the
test's own clients are opened inside the client host too.

The addresses are in the loopback range on purpose. Off loopback, OpenSearch enforces its
production bootstrap checks, and two of them cannot be met here without raising machine-wide
limits: 65535 open files (the hard limit is 20000, and raising it needs a capability this
machine withholds) and ``vm.max_map_count``. To the kernel they are ordinary addresses of
``eth0``: each host keeps only 127.0.0.1 on ``lo`` and lets ``eth0`` route its 127/8 addresses
(``route_localnet``), so traffic between hosts crosses the bridge like any other, and a cut
link cuts it.

Names carry the test process's pid, so a run never touches another run's namespaces, and
``destroy`` kills the processes left in them by pid before it deletes them.
"""

from __future__ import annotations

import ctypes
import os
import re
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

SUBNET = "127.77.0"
PREFIX_LEN = 24
CLONE_NEWNET = 0x40000000
NETNS_DIR = "/run/netns"
_libc = ctypes.CDLL(None, use_errno=True)


class FabricError(RuntimeError):
    """A namespace, link or address could not be set up."""


def ip(*args: str) -> str:
    """Run ``ip`` and return its output; a failure says which command and why."""
    proc = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)
    if proc.returncode != 0:
        raise FabricError(f"ip {' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout


def _setns(fd: int) -> None:
    if _libc.setns(fd, CLONE_NEWNET) != 0:
        err = ctypes.get_errno()
        raise FabricError(f"setns: {os.strerror(err)}")


def prerequisites() -> str | None:
    """Why namespaces cannot be made here, or None when they can."""
    if os.geteuid() != 0:
        return "network namespaces need root"
    probe = f"dktprobe{os.getpid()}"
    try:
        ip("netns", "add", probe)
    except (FabricError, FileNotFoundError, subprocess.TimeoutExpired) as exc:
        return f"`ip netns add` does not work here: {exc}"
    with suppress(FabricError):
        ip("netns", "delete", probe)
    return None


def namespace_of(pid: int | str) -> str:
    """The network namespace a process is in, as the kernel names it (``net:[4026531840]``)."""
    return os.readlink(f"/proc/{pid}/ns/net")


@dataclass
class Fabric:
    """Hosts, each in its own namespace, on one bridge. Build with ``Fabric.create``."""

    tag: str
    addresses: dict[str, str] = field(default_factory=dict)

    @property
    def hub(self) -> str:
        return f"{self.tag}-hub"

    def namespace(self, host: str) -> str:
        return f"{self.tag}-{host}"

    def port(self, host: str) -> str:
        """The host's port on the bridge (in the hub), at most 15 characters like any link."""
        return f"p-{host}"[:15]

    @classmethod
    def create(cls, hosts: list[str], tag: str | None = None) -> Fabric:
        """The hub, its bridge, and one host per name at .2, .3 ... of the subnet. On failure,
        what was made is deleted again before the error goes up."""
        sweep_stale()
        fabric = cls(tag or f"dkt{os.getpid()}")
        try:
            ip("netns", "add", fabric.hub)
            ip("-n", fabric.hub, "link", "set", "lo", "up")
            ip("-n", fabric.hub, "link", "add", "br0", "type", "bridge")
            ip("-n", fabric.hub, "link", "set", "br0", "up")
            for number, host in enumerate(hosts, start=2):
                fabric.add_host(host, f"{SUBNET}.{number}")
        except BaseException:
            fabric.destroy()
            raise
        return fabric

    def add_host(self, host: str, address: str) -> None:
        ns, port = self.namespace(host), self.port(host)
        ip("netns", "add", ns)
        self.addresses[host] = address
        ip("-n", ns, "link", "set", "lo", "up")
        # lo keeps 127.0.0.1 alone, not all of 127/8, so that the other hosts' 127.77.0.x
        # addresses are reached through eth0.
        ip("-n", ns, "addr", "replace", "127.0.0.1/32", "dev", "lo")
        ip("-n", ns, "addr", "del", "127.0.0.1/8", "dev", "lo")
        ip("-n", self.hub, "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", ns)
        ip("-n", self.hub, "link", "set", port, "master", "br0", "up")
        for conf in ("all", "eth0"):
            ip("netns", "exec", ns, "sysctl", "-qw", f"net.ipv4.conf.{conf}.route_localnet=1")
        ip("-n", ns, "addr", "add", f"{address}/{PREFIX_LEN}", "dev", "eth0")
        ip("-n", ns, "link", "set", "eth0", "up")

    @contextmanager
    def inside(self, host: str) -> Iterator[None]:
        """Run the body (and the processes it starts, and the sockets it opens) on ``host``;
        the calling thread is back in its own namespace afterwards."""
        with open("/proc/thread-self/ns/net") as home, \
                open(f"{NETNS_DIR}/{self.namespace(host)}") as target:
            _setns(target.fileno())
            try:
                yield
            finally:
                _setns(home.fileno())

    def enter(self, host: str) -> None:
        """Move the calling thread to ``host`` for good (a thread of the test's own client)."""
        with open(f"{NETNS_DIR}/{self.namespace(host)}") as target:
            _setns(target.fileno())

    def cut(self, host: str) -> None:
        ip("-n", self.hub, "link", "set", self.port(host), "down")

    def restore(self, host: str) -> None:
        ip("-n", self.hub, "link", "set", self.port(host), "up")

    def destroy(self) -> None:
        """Kill what still runs on the hosts (by pid), then delete every namespace of this
        fabric; the hub's deletion takes the bridge and the host ends of the links with it."""
        _delete([*(self.namespace(host) for host in self.addresses), self.hub])


def _delete(namespaces: list[str]) -> None:
    for ns in namespaces:
        with suppress(FabricError):
            for pid in ip("netns", "pids", ns).split():
                with suppress(ProcessLookupError):
                    os.kill(int(pid), signal.SIGKILL)
    for ns in namespaces:
        with suppress(FabricError):
            ip("netns", "delete", ns)


def sweep_stale() -> list[str]:
    """Delete the namespaces of earlier runs whose test process is gone (killed before it could
    clean up), and kill by pid what still runs in them: an orphaned OpenSearch node would hold
    half a gigabyte. Returns the namespaces deleted."""
    stale = []
    for line in ip("netns", "list").splitlines():
        match = re.match(r"(dkt(\d+)-\S+)", line)
        if match and not os.path.exists(f"/proc/{match.group(2)}"):
            stale.append(match.group(1))
    # The hubs last: they hold the bridge the hosts' links hang from.
    _delete(sorted(stale, key=lambda ns: ns.endswith("-hub")))
    return stale
