"""Redis servers of the tests' own (tests/redis_servers.py): a 3-node Cluster shared by a session."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.redis_servers import Cluster, cluster, have_redis_server


@pytest.fixture(scope="session")
def redis_cluster() -> Iterator[Cluster]:
    """Three ``redis-server --cluster-enabled yes`` on free ports, every slot assigned; skipped with
    the reason when redis-server is not installed, except under CI (``.ci/run`` installs it)."""
    if not have_redis_server():
        if os.environ.get("CI"):
            pytest.fail("CI is set but redis-server / redis-cli are not installed")
        pytest.skip("redis-server is not installed; the Cluster tests start their own")
    with cluster(3) as c:
        yield c
