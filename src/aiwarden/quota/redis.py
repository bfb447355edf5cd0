"""The Redis back-end (``redis://``, ``rediss://``, ``redis+cluster://``, ``redis+sentinel://``).

Every worker and host sharing the server shares limits, budgets, alert state and the kill switch.
An admission (kill switch, every rate limit, every budget reservation) is one Lua script, so it is
atomic and all or nothing, and costs one round trip; a settlement is another. Time comes from the
server (``TIME``), so workers with skewed clocks agree on windows.

The connection is made lazily, by the ``limits`` storage classes (which know the URI schemes,
Cluster and Sentinel included). The sync client serves the sync driver; the async driver gets a
``redis.asyncio`` client per event loop (a connection belongs to the loop that opened it).
Driver errors are raised as :class:`~aiwarden.errors.StorageError` with the cause chained.

Keys carry the hash tag ``{prefix}`` so that a script's keys share one Cluster slot.
"""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import Sequence
from typing import Any

from ..errors import StorageError
from .plan import Admission, KillSwitch, Plan, Settled, Settlement

__all__ = ["RedisStorage"]

# KEYS: kill switch, then one per limit, then one per bucket.
# ARGV: strategy, token, #limits, #buckets, then (amount, window ms) per limit, (cap, amount, expires at) per bucket.
# Returns {outcome, index, retry ms, kill switch, held, remaining_1, reset ms_1, ...};
# outcome 0 ok, 1 kill switch, 2 rate limited, 3 budget.
ADMIT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ks = redis.call('GET', KEYS[1])
if ks then return {1, -1, 0, ks, 0} end
local strategy, token = ARGV[1], ARGV[2]
local nl, nb = tonumber(ARGV[3]), tonumber(ARGV[4])
local a = 5
local stats = {}
local wkeys = {}
for i = 1, nl do
  local key = KEYS[1 + i]
  local limit, win = tonumber(ARGV[a]), tonumber(ARGV[a + 1])
  a = a + 2
  local used, reset, retry
  if strategy == 'moving-window' then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - win)
    used = redis.call('ZCARD', key)
    reset = win
    if used > 0 then
      -- a slot frees when the oldest entry that keeps us at the limit leaves the window
      local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
      reset = tonumber(first[2]) + win - now
      if used >= limit then
        local nth = redis.call('ZRANGE', key, used - limit, used - limit, 'WITHSCORES')
        retry = tonumber(nth[2]) + win - now
      end
    end
    wkeys[i] = key
  elseif strategy == 'fixed-window' then
    local wkey = key .. ':' .. math.floor(now / win)
    used = tonumber(redis.call('GET', wkey) or '0')
    reset = win - (now % win)
    retry = reset
    wkeys[i] = wkey
  else
    local idx = math.floor(now / win)
    local ckey = key .. ':' .. idx
    local cur = tonumber(redis.call('GET', ckey) or '0')
    local prev = tonumber(redis.call('GET', key .. ':' .. (idx - 1)) or '0')
    local elapsed = now - idx * win
    used = math.floor(prev * (win - elapsed) / win) + cur
    reset = win - elapsed
    if cur >= limit then
      retry = reset + math.ceil(win * (1 - (limit - 1) / cur))
    elseif prev > 0 then
      retry = math.max(math.ceil(win * (1 - (limit - 1 - cur) / prev)) - elapsed, 1)
    else
      retry = reset
    end
    wkeys[i] = ckey
  end
  if used + 1 > limit then
    local out = {2, i - 1, retry or reset, false, 0}
    for k = 1, #stats do out[5 + k] = stats[k] end
    out[#out + 1] = 0
    out[#out + 1] = retry or reset
    return out
  end
  stats[#stats + 1] = limit - used - 1
  stats[#stats + 1] = reset
end
local ab = a
for j = 1, nb do
  local cap, amount = tonumber(ARGV[a]), tonumber(ARGV[a + 1])
  a = a + 3
  local held = tonumber(redis.call('HGET', KEYS[1 + nl + j], 'held') or '0')
  if held + amount > cap then
    local out = {3, j - 1, 0, false, held}
    for k = 1, #stats do out[5 + k] = stats[k] end
    return out
  end
end
a = 5
for i = 1, nl do
  local win = tonumber(ARGV[a + 1])
  a = a + 2
  if strategy == 'moving-window' then
    redis.call('ZADD', wkeys[i], now, token .. ':' .. i)
    redis.call('PEXPIRE', wkeys[i], win)
  elseif strategy == 'fixed-window' then
    if redis.call('INCR', wkeys[i]) == 1 then redis.call('PEXPIRE', wkeys[i], win) end
  else
    redis.call('INCR', wkeys[i])
    redis.call('PEXPIRE', wkeys[i], 2 * win)
  end
end
a = ab
for j = 1, nb do
  local key = KEYS[1 + nl + j]
  redis.call('HINCRBY', key, 'held', ARGV[a + 1])
  redis.call('EXPIREAT', key, ARGV[a + 2])
  a = a + 3
end
local out = {0, -1, 0, false, 0}
for k = 1, #stats do out[5 + k] = stats[k] end
return out
"""

# KEYS: kill switch, then one per bucket.
# ARGV: #buckets, then per bucket: held delta, actual, expires at, cap, kill-switch value or '', #alerts, alerts...
# Returns {engaged, settled_1, alerted before_1, alerted after_1, ...}.
SETTLE = """
local n = tonumber(ARGV[1])
local a = 2
local out = {0}
for j = 1, n do
  local key = KEYS[1 + j]
  local delta, actual, exp, cap, kill = ARGV[a], ARGV[a + 1], ARGV[a + 2], tonumber(ARGV[a + 3]), ARGV[a + 4]
  local na = tonumber(ARGV[a + 5])
  a = a + 6
  if redis.call('HINCRBY', key, 'held', delta) < 0 then redis.call('HSET', key, 'held', 0) end
  local settled = redis.call('HINCRBY', key, 'settled', actual)
  redis.call('EXPIREAT', key, exp)
  local level = 0
  for k = 1, na do
    if settled >= tonumber(ARGV[a + k - 1]) then level = k end
  end
  a = a + na
  local before = tonumber(redis.call('HGET', key, 'alerted') or '0')
  if level > before then redis.call('HSET', key, 'alerted', level) else level = before end
  out[#out + 1] = settled
  out[#out + 1] = before
  out[#out + 1] = level
  if kill ~= '' and settled >= cap then
    if redis.call('SET', KEYS[1], kill, 'NX') then out[1] = 1 end
  end
end
return out
"""


def _admit_args(plan: Plan, kill_key: str) -> tuple[list[str], list[Any]]:
    keys = [kill_key, *(lim.key for lim in plan.limits), *(b.key for b in plan.buckets)]
    args: list[Any] = [plan.strategy, plan.token, len(plan.limits), len(plan.buckets)]
    for lim in plan.limits:
        args += [lim.item.amount, lim.window * 1000]
    for b in plan.buckets:
        args += [b.cap, b.amount, b.expires_at]
    return keys, args


def _admission(raw: Sequence[Any]) -> Admission:
    code, index, retry_ms = int(raw[0]), int(raw[1]), int(raw[2])
    stats = tuple((int(raw[k]), int(raw[k + 1]) / 1000.0) for k in range(5, len(raw) - 1, 2))
    if code == 1:
        return Admission("kill_switch", kill_switch=KillSwitch.loads(raw[3]))
    if code == 2:
        return Admission("rate_limited", index, retry_ms / 1000.0, stats)
    if code == 3:
        return Admission("budget", index, stats=stats, held=int(raw[4]))
    return Admission("ok", stats=stats)


def _settle_args(s: Settlement, kill_key: str) -> tuple[list[str], list[Any]]:
    keys = [kill_key, *(b.key for b in s.buckets)]
    args: list[Any] = [len(s.buckets)]
    now = time.time()
    for b, reserved, actual in zip(s.buckets, s.reserved, s.actual, strict=True):
        kill = ""
        if b.kill_at_cap and s.kill_reason:
            kill = KillSwitch(s.kill_reason.format(label=b.label), "automatic", now).dumps()
        args += [actual - reserved, actual, b.expires_at, b.cap, kill, len(b.alert_at), *b.alert_at]
    return keys, args


def _settled(raw: Sequence[Any]) -> Settled:
    totals = tuple(int(raw[k]) for k in range(1, len(raw), 3))
    crossed = tuple((int(raw[k + 1]), int(raw[k + 2])) for k in range(1, len(raw), 3))
    return Settled(totals, crossed, bool(int(raw[0])))


class RedisStorage:
    """Limits, budgets, alert state and the kill switch shared through Redis."""

    def __init__(self, uri: str, *, prefix: str = "aiwarden", timeout: float = 1.0) -> None:
        self.uri = uri
        self.kill_key = f"{{{prefix}}}:killswitch"
        self._options: dict[str, Any] = {"socket_timeout": timeout, "socket_connect_timeout": timeout}
        self._lock = threading.Lock()
        self._sync: Any = None
        self._sync_scripts: tuple[Any, Any] | None = None
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[Any, Any, Any]] = (
            weakref.WeakKeyDictionary()
        )

    # -- connections (lazy) --------------------------------------------------------------------

    def _client(self) -> tuple[Any, Any, Any]:
        if self._sync_scripts is None:
            with self._lock:
                if self._sync_scripts is None:
                    from limits.storage import storage_from_string

                    try:
                        client = storage_from_string(self.uri.removeprefix("async+"), **self._options).storage
                    except Exception as exc:
                        raise StorageError(f"cannot set up Redis storage {self._safe_uri()}: {exc}") from exc
                    self._sync = client
                    self._sync_scripts = (client.register_script(ADMIT), client.register_script(SETTLE))
        return self._sync, *self._sync_scripts

    def _aclient(self) -> tuple[Any, Any, Any]:
        loop = asyncio.get_running_loop()
        found = self._async.get(loop)
        if found is None:
            from limits.storage import storage_from_string

            uri = self.uri if self.uri.startswith("async+") else "async+" + self.uri
            try:
                client = storage_from_string(uri, implementation="redispy", **self._options).bridge.storage
            except Exception as exc:
                raise StorageError(f"cannot set up Redis storage {self._safe_uri()}: {exc}") from exc
            found = (client, client.register_script(ADMIT), client.register_script(SETTLE))
            self._async[loop] = found
        return found

    def _safe_uri(self) -> str:
        # never print a password that may be part of the URI
        scheme, _, rest = self.uri.partition("://")
        return f"{scheme}://{rest.rsplit('@', 1)[-1]}"

    def _fail(self, exc: Exception, what: str) -> StorageError:
        return StorageError(f"Redis storage {self._safe_uri()} failed to {what}: {type(exc).__name__}: {exc}")

    # -- sync ----------------------------------------------------------------------------------

    def get_kill_switch(self) -> KillSwitch | None:
        try:
            return KillSwitch.loads(self._client()[0].get(self.kill_key))
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "read the kill switch") from exc

    def set_kill_switch(self, state: KillSwitch | None) -> None:
        try:
            client = self._client()[0]
            if state is None:
                client.delete(self.kill_key)
            else:
                client.set(self.kill_key, state.dumps())
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "set the kill switch") from exc

    def admit(self, plan: Plan) -> Admission:
        keys, args = _admit_args(plan, self.kill_key)
        try:
            raw = self._client()[1](keys=keys, args=args)
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "check limits and reserve budgets") from exc
        return _admission(raw)

    def settle(self, s: Settlement) -> Settled:
        keys, args = _settle_args(s, self.kill_key)
        try:
            raw = self._client()[2](keys=keys, args=args)
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "settle budgets") from exc
        return _settled(raw)

    def bucket_values(self, keys: list[str]) -> list[tuple[int, int] | None]:
        try:
            client = self._client()[0]
            out: list[tuple[int, int] | None] = []
            for key in keys:
                held, settled = client.hmget(key, "held", "settled")
                out.append(None if held is None and settled is None else (int(held or 0), int(settled or 0)))
            return out
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "read budgets") from exc

    def limit_values(self, limits: list[Any], strategy: str = "moving-window") -> list[tuple[int, float]]:
        """Remaining requests and seconds to reset per limit, read without hitting (``aiwarden usage``)."""
        try:
            client = self._client()[0]
            sec, usec = client.time()
            now = sec * 1000 + usec // 1000
            out = []
            for lim in limits:
                win = lim.window * 1000
                if strategy == "moving-window":
                    used = client.zcount(lim.key, now - win + 1, "+inf")
                elif strategy == "fixed-window":
                    used = int(client.get(f"{lim.key}:{now // win}") or 0)
                else:
                    idx = now // win
                    cur = int(client.get(f"{lim.key}:{idx}") or 0)
                    prev = int(client.get(f"{lim.key}:{idx - 1}") or 0)
                    used = prev * (win - (now - idx * win)) // win + cur
                out.append((max(lim.item.amount - used, 0), win / 1000.0))
            return out
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "read limits") from exc

    # -- async: the same scripts, awaited ------------------------------------------------------

    async def aget_kill_switch(self) -> KillSwitch | None:
        try:
            return KillSwitch.loads(await self._aclient()[0].get(self.kill_key))
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "read the kill switch") from exc

    async def aset_kill_switch(self, state: KillSwitch | None) -> None:
        try:
            client = self._aclient()[0]
            if state is None:
                await client.delete(self.kill_key)
            else:
                await client.set(self.kill_key, state.dumps())
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "set the kill switch") from exc

    async def aadmit(self, plan: Plan) -> Admission:
        keys, args = _admit_args(plan, self.kill_key)
        try:
            raw = await self._aclient()[1](keys=keys, args=args)
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "check limits and reserve budgets") from exc
        return _admission(raw)

    async def asettle(self, s: Settlement) -> Settled:
        keys, args = _settle_args(s, self.kill_key)
        try:
            raw = await self._aclient()[2](keys=keys, args=args)
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, "settle budgets") from exc
        return _settled(raw)

    def close(self) -> None:
        with self._lock:
            if self._sync is not None:
                self._sync.close()
            self._sync = self._sync_scripts = None
