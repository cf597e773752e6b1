"""The managed local OpenSearch node: provision from Maven Central, start, stop, status.

Used only when ``DOCKET_OPENSEARCH_URL`` is unset. The distribution is cached under the user cache
directory; the node's data and logs live under the data directory and survive restarts.
OpenSearch refuses to run as root, so under root the node runs as an unprivileged system user.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from config import Settings, opensearch_spec
from search.errors import NodeError

START_TIMEOUT_S = 180
MIN_JAVA = 11


@dataclass(frozen=True)
class NodeLayout:
    home: Path
    state: Path

    @classmethod
    def of(cls, settings: Settings, state: Path | None = None) -> NodeLayout:
        """The managed node's layout; ``state`` gives another node of the same distribution
        its own data, logs and config."""
        return cls(
            home=settings.cache_dir / f"opensearch-{settings.opensearch_version}",
            state=state or settings.data_dir / "opensearch",
        )

    @property
    def data(self) -> Path:
        return self.state / "data"

    @property
    def logs(self) -> Path:
        return self.state / "logs"

    @property
    def conf(self) -> Path:
        return self.state / "config"

    @property
    def pidfile(self) -> Path:
        return self.state / "opensearch.pid"

    @property
    def ready_marker(self) -> Path:
        return self.home / ".docket-ready"


@dataclass(frozen=True)
class Member:
    """Who a node is and where it listens: the managed single node, or one node of a cluster.

    With no seed hosts the node forms a cluster of its own (``discovery.type: single-node``);
    with them it joins the nodes at those transport addresses, and the first election needs
    the names in ``initial_managers``.
    """

    name: str
    http_port: int
    transport_port: int
    cluster: str = "docket"
    seed_hosts: tuple[str, ...] = ()
    initial_managers: tuple[str, ...] = ()

    @classmethod
    def local(cls, settings: Settings) -> Member:
        port = settings.opensearch_port
        return cls(name="docket-local", http_port=port, transport_port=port + 100)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def node_settings(self, layout: NodeLayout) -> dict[str, object]:
        node: dict[str, object] = dict(opensearch_spec()["node_settings"])
        node.update({
            "cluster.name": self.cluster,
            "node.name": self.name,
            "http.port": str(self.http_port),
            "transport.port": str(self.transport_port),
            "path.data": str(layout.data),
            "path.logs": str(layout.logs),
        })
        if self.seed_hosts:
            del node["discovery.type"]
            node["discovery.seed_hosts"] = list(self.seed_hosts)
            node["cluster.initial_cluster_manager_nodes"] = list(self.initial_managers)
        return node


@dataclass(frozen=True)
class NodeStatus:
    url: str
    running: bool
    pid: int | None
    cluster_status: str | None
    version: str | None
    installed: bool


# --- provisioning --------------------------------------------------------------------------


def _mvn(args: list[str], cwd: Path) -> None:
    mvn = shutil.which("mvn")
    if not mvn:
        raise NodeError(
            "Maven (`mvn`) is needed once to fetch OpenSearch from Maven Central; "
            "install it (apt-get install maven) or set DOCKET_OPENSEARCH_URL to a running cluster"
        )
    proc = subprocess.run(
        [mvn, "-q", "-B", *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise NodeError(f"mvn {' '.join(args[:2])} failed:\n{tail}")


def _module_pom(version: str, artifacts: list[str]) -> str:
    deps = []
    for artifact in artifacts:
        group, name, _ = artifact.format(version=version).split(":")
        deps.append(
            f"<dependency><groupId>{group}</groupId><artifactId>{name}</artifactId>"
            f"<version>{version}</version></dependency>"
        )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
        "<groupId>local.docket</groupId><artifactId>opensearch-module</artifactId>"
        "<version>1</version><packaging>pom</packaging>"
        f"<dependencies>{''.join(deps)}</dependencies></project>"
    )


def _install_module(home: Path, version: str, module: dict[str, str], work: Path) -> None:
    """Put one module's jar and its own dependencies (minus what lib/ has) into modules/."""
    module_work = work / module["name"]
    module_work.mkdir()
    (module_work / "pom.xml").write_text(_module_pom(version, [module["artifact"]]))
    _mvn(
        ["dependency:copy-dependencies", "-DoutputDirectory=jars", "-DincludeScope=runtime"],
        module_work,
    )
    # A class twice on the classpath fails OpenSearch's jar-hell check, so skip jars lib/ has.
    in_lib = {re.sub(r"-[\d.]+(-\w+)?\.jar$", "", p.name) for p in (home / "lib").glob("*.jar")}
    target = home / "modules" / module["name"]
    target.mkdir(parents=True, exist_ok=True)
    for jar in (module_work / "jars").glob("*.jar"):
        if re.sub(r"-[\d.]+(-\w+)?\.jar$", "", jar.name) not in in_lib:
            shutil.copy2(jar, target / jar.name)
    descriptor = {
        "description": module["description"],
        "version": version,
        "name": module["name"],
        "classname": module["classname"],
        "java.version": "11",
        "opensearch.version": version,
        "extended.plugins": "",
        "has.native.controller": "false",
    }
    (target / "plugin-descriptor.properties").write_text(
        "".join(f"{key}={value}\n" for key, value in descriptor.items())
    )


def install(settings: Settings) -> Path:
    """Fetch the distribution and modules into the cache once; return the node's home."""
    layout = NodeLayout.of(settings)
    if layout.ready_marker.exists():
        return layout.home
    spec = opensearch_spec()
    version = settings.opensearch_version
    settings.cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=settings.cache_dir) as tmp:
        work = Path(tmp)
        artifact = spec["distribution"].format(version=version)
        _mvn(["dependency:copy", f"-Dartifact={artifact}", "-DoutputDirectory=dist"], work)
        archive = next((work / "dist").glob("*.zip"))
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(work / "unpacked")
        unpacked = next((work / "unpacked").iterdir())
        for script in (unpacked / "bin").iterdir():
            script.chmod(0o755)
        for module in spec["modules"]:
            _install_module(unpacked, version, module, work)
        if layout.home.exists():
            shutil.rmtree(layout.home)
        shutil.move(str(unpacked), layout.home)
    layout.ready_marker.write_text(json.dumps({"version": version}))
    return layout.home


# --- java --------------------------------------------------------------------------------


def _java_major(java: Path) -> int:
    proc = subprocess.run([str(java), "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', proc.stderr + proc.stdout)
    if not match:
        return 0
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def find_java_home(settings: Settings) -> Path:
    """The JDK that runs the node, or a NodeError that says how to get one."""
    candidates: list[Path] = []
    if settings.java_home:
        candidates.append(settings.java_home)
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]))
    on_path = shutil.which("java")
    if on_path:
        candidates.append(Path(on_path).resolve().parent.parent)
    for home in candidates:
        java = home / "bin" / "java"
        if java.exists() and _java_major(java) >= MIN_JAVA:
            return home
    raise NodeError(
        "Java 17 is needed to run the managed OpenSearch node, and none was found "
        "(looked at DOCKET_JAVA_HOME, JAVA_HOME and `java` on PATH). Install it with "
        "`apt-get install openjdk-17-jre-headless`, or set DOCKET_OPENSEARCH_URL to a cluster."
    )


# --- running -----------------------------------------------------------------------------


def _service_user(settings: Settings) -> pwd.struct_passwd | None:
    """The account the node runs as: None for a normal user, a system user under root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(settings.opensearch_user)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
             settings.opensearch_user],
            check=True, capture_output=True,
        )
        return pwd.getpwnam(settings.opensearch_user)


def _chown_tree(path: Path, user: pwd.struct_passwd) -> None:
    for root, dirs, files in os.walk(path):
        for name in [*dirs, *files]:
            os.lchown(os.path.join(root, name), user.pw_uid, user.pw_gid)
    os.chown(path, user.pw_uid, user.pw_gid)


def _write_config(layout: NodeLayout, member: Member) -> None:
    layout.conf.mkdir(parents=True, exist_ok=True)
    for name in ("jvm.options", "log4j2.properties"):
        shutil.copy2(layout.home / "config" / name, layout.conf / name)
    (layout.conf / "opensearch.yml").write_text(
        "".join(f"{key}: {json.dumps(value)}\n" for key, value in member.node_settings(layout).items())
    )


def _health(url: str, timeout: float = 2.0) -> dict | None:
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=timeout) as resp:
            return json.loads(resp.read())
    except (urllib.error.URLError, OSError, ValueError):
        return None


def _read_pid(layout: NodeLayout) -> int | None:
    try:
        pid = int(layout.pidfile.read_text().strip())
        os.kill(pid, 0)
        return pid
    except (FileNotFoundError, ValueError, ProcessLookupError, PermissionError):
        return None


def _log_tail(layout: NodeLayout, lines: int = 25) -> str:
    for candidate in (layout.state / "stdout.log", layout.logs / "docket.log"):
        if candidate.exists():
            text = candidate.read_text(errors="replace").splitlines()
            errors = [line for line in text if "ERROR" in line or "Exception" in line]
            return "\n".join((errors or text)[-lines:])
    return "(no log written)"


def start(settings: Settings, timeout: float = START_TIMEOUT_S) -> NodeStatus:
    """Start the managed node unless it already answers; wait until it is healthy."""
    if not settings.managed_node:
        raise NodeError("DOCKET_OPENSEARCH_URL is set: Docket uses that cluster, not a local node")
    url = settings.search_url
    if _health(url):
        return status(settings)
    layout = NodeLayout.of(settings)
    proc = launch(settings, layout, Member.local(settings))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = _health(url)
        if health and health.get("status") in ("green", "yellow"):
            return status(settings)
        if proc.poll() is not None:
            raise NodeError(f"OpenSearch exited with code {proc.returncode}:\n{_log_tail(layout)}")
        time.sleep(1)
    raise NodeError(f"OpenSearch did not become healthy within {timeout:.0f}s:\n{_log_tail(layout)}")


def launch(settings: Settings, layout: NodeLayout, member: Member) -> subprocess.Popen[bytes]:
    """Start one node of the cached distribution in ``layout.state`` and return at once.

    ``start`` runs the managed node this way; a cluster on one machine (the node-loss test) runs
    several, each with its own state directory and ports. Waiting for health is the caller's.
    """
    java_home = find_java_home(settings)
    install(settings)
    for path in (layout.data, layout.logs):
        path.mkdir(parents=True, exist_ok=True)
    _write_config(layout, member)
    user = _service_user(settings)
    if user:
        _chown_tree(layout.state, user)
        _chown_tree(layout.home, user)
        _make_traversable(layout.state, layout.home)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "OPENSEARCH_JAVA_HOME": str(java_home),
        "OPENSEARCH_PATH_CONF": str(layout.conf),
        "OPENSEARCH_JAVA_OPTS": f"-Xms{settings.opensearch_heap} -Xmx{settings.opensearch_heap}",
    }
    with (layout.state / "stdout.log").open("ab") as out:
        return subprocess.Popen(
            [str(layout.home / "bin" / "opensearch"), "-p", str(layout.pidfile)],
            cwd=layout.state, env=env, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
            user=user.pw_uid if user else None, group=user.pw_gid if user else None,
        )


def _make_traversable(*paths: Path) -> None:
    """Let the service user reach its directories when they sit below root-owned parents."""
    for path in paths:
        for parent in path.parents:
            if parent == Path("/"):
                break
            mode = parent.stat().st_mode
            if not mode & 0o001:
                parent.chmod(mode | 0o001)


def stop(settings: Settings, timeout: float = 60) -> bool:
    """Stop the managed node; True if one was running."""
    return stop_node(NodeLayout.of(settings), timeout)


def stop_node(layout: NodeLayout, timeout: float = 60, hard: bool = False) -> bool:
    """Stop the node whose pid file is in ``layout``: SIGTERM, or SIGKILL after ``timeout``
    (at once when ``hard``, as a machine that loses power would). True if one was running."""
    pid = _read_pid(layout)
    if pid is None:
        return False
    os.kill(pid, signal.SIGKILL if hard else signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # Reap it when this process launched it: a zombie would still answer kill(pid, 0).
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.5)
    os.kill(pid, signal.SIGKILL)
    return True


def status(settings: Settings) -> NodeStatus:
    layout = NodeLayout.of(settings)
    # A cluster given as several nodes' URLs: ask the first.
    url = settings.search_url.split(",")[0].strip()
    health = _health(url)
    version = None
    if health:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                version = json.loads(resp.read())["version"]["number"]
        except (urllib.error.URLError, OSError, ValueError, KeyError):
            version = None
    return NodeStatus(
        url=url,
        running=health is not None,
        pid=_read_pid(layout) if settings.managed_node else None,
        cluster_status=health.get("status") if health else None,
        version=version,
        installed=layout.ready_marker.exists(),
    )
