"""The Redis back-end (``redis://``, ``rediss://``, ``redis+cluster://``, ``redis+sentinel://``).

Every worker and host sharing the server shares limits, budgets, alert state and the kill switch.
An admission (kill switch, every rate limit, every budget reservation) is one Lua script, so it is
atomic and all or nothing, and costs one round trip; a settlement is another script, which on a
plain server is queued (:mod:`aiwarden.quota.deferred`) and sent in the same write as the worker's
next command, so a request costs one round trip. Time comes from the
server (``TIME``), so workers with skewed clocks agree on windows.

The connection is made lazily, by the ``limits`` storage classes (which know the URI schemes,
Cluster and Sentinel included). The sync client serves the sync driver; the async driver gets a
``redis.asyncio`` client per event loop (a connection belongs to the loop that opened it). On a
plain server the per-request commands (the scripts, the kill-switch read) bypass the client's
pool for a lean free list of connections (:class:`_Lane`, :class:`_AsyncLane`); Cluster and
Sentinel keep redis-py's routing and failover. Driver errors are raised as
:class:`~aiwarden.errors.StorageError` with the cause chained.

Keys are hash-tagged for Redis Cluster: a caller's limits and budgets carry ``{prefix:u:<caller>}``
(callers spread over the slots), shared state — global limits and budgets, the kill switch —
carries ``{prefix}``. On a plain server or Sentinel one script admits everything (one round trip);
on a Cluster an admission runs in the caller's slot, then, when the plan has global limits or
budgets, in the shared slot, and takes the caller's part back when the shared slot refuses
(:func:`_cluster_admit`; the guarantee is in docs/quota.md, "Redis Cluster").
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any

from ..effects import Call, drive_async, drive_sync
from ..errors import StorageError
from .deferred import Deferred, Pending
from .plan import Admission, KillSwitch, Plan, Settled, Settlement

__all__ = ["RedisStorage"]

log = logging.getLogger("aiwarden.quota")

# KEYS: kill switch, then one per limit, then one per bucket.
# ARGV[1], a JSON array (one argument, decoded by cjson in C: each extra argument costs more to
# send than to decode, and splitting a string in Lua costs twice as much): strategy, token,
# #limits, #buckets, then (amount, window ms) per limit, (cap, amount, expires at) per bucket.
# Returns 'K' and the kill switch's value when it is on, else one string (a reply of one bulk string
# is read far faster than an array): "outcome index retry-ms held now-ms remaining_1 reset-ms_1 ...",
# outcome 0 ok, 2 rate limited, 3 budget; remaining/reset for the limits passed before a refusal.
ADMIT = """
local function reply(out)
  for k = 1, #out do out[k] = string.format('%d', out[k]) end
  return table.concat(out, ' ')
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ks = redis.call('GET', KEYS[1])
if ks then return 'K' .. ks end
local A = cjson.decode(ARGV[1])
local strategy, token = A[1], A[2]
local nl, nb = tonumber(A[3]), tonumber(A[4])
local a = 5
local stats = {}
local wkeys = {}
for i = 1, nl do
  local key = KEYS[1 + i]
  local limit, win = tonumber(A[a]), tonumber(A[a + 1])
  a = a + 2
  local used, reset, retry
  if strategy == 'moving-window' then
    -- read only: expired entries are pruned with the hit, so the script's first write is a command
    -- Redis refuses on a full server (noeviction), before anything was taken; pruned first, the
    -- script counted as writing and Redis let it grow the server past maxmemory
    local live = '(' .. (now - win)
    used = redis.call('ZCOUNT', key, live, '+inf')
    reset = win
    if used > 0 then
      -- a slot frees when the oldest entry that keeps us at the limit leaves the window
      local first = redis.call('ZRANGEBYSCORE', key, live, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
      reset = tonumber(first[2]) + win - now
      if used >= limit then
        local nth = redis.call('ZRANGEBYSCORE', key, live, '+inf', 'WITHSCORES', 'LIMIT', used - limit, 1)
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
    local out = {2, i - 1, retry or reset, 0, now}
    for k = 1, #stats do out[5 + k] = stats[k] end
    return reply(out)
  end
  stats[#stats + 1] = limit - used - 1
  stats[#stats + 1] = reset
end
local ab = a
for j = 1, nb do
  local cap, amount = tonumber(A[a]), tonumber(A[a + 1])
  a = a + 3
  local held = tonumber(redis.call('HGET', KEYS[1 + nl + j], 'held') or '0')
  if held + amount > cap then
    local out = {3, j - 1, 0, held, now}
    for k = 1, #stats do out[5 + k] = stats[k] end
    return reply(out)
  end
end
a = 5
for i = 1, nl do
  local win = tonumber(A[a + 1])
  a = a + 2
  if strategy == 'moving-window' then
    redis.call('ZADD', wkeys[i], now, token .. ':' .. i)
    redis.call('ZREMRANGEBYSCORE', wkeys[i], '-inf', now - win)
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
  -- a new bucket gets its expiry; an existing one has it already (same period, same key)
  if redis.call('HINCRBY', key, 'held', A[a + 1]) == A[a + 1] then redis.call('EXPIREAT', key, A[a + 2]) end
  a = a + 3
end
local out = {0, -1, 0, 0, now}
for k = 1, #stats do out[5 + k] = stats[k] end
return reply(out)
"""

# Takes back what ADMIT took (Cluster only: the caller's part of an admission whose shared part
# was refused). KEYS: one per limit, then one per bucket, as given to ADMIT. ARGV[1], a JSON array:
# strategy, token, #limits, #buckets, the admission's server time (ms), window ms per limit,
# amount per bucket. Windows are those of the admission's time, so a window that has turned since
# is not touched.
RELEASE = """
redis.call('DEL', KEYS[1] .. ':-')  -- as in SETTLE: taking back must work on a full server too
local A = cjson.decode(ARGV[1])
local strategy, token, nl, nb, now = A[1], A[2], A[3], A[4], A[5]
local a = 6
for i = 1, nl do
  local key, win = KEYS[i], A[a]
  a = a + 1
  if strategy == 'moving-window' then
    redis.call('ZREM', key, token .. ':' .. i)
  else
    local wkey = key .. ':' .. math.floor(now / win)
    if tonumber(redis.call('GET', wkey) or '0') > 0 then redis.call('DECR', wkey) end
  end
end
for j = 1, nb do
  if redis.call('HINCRBY', KEYS[nl + j], 'held', -A[a]) < 0 then redis.call('HSET', KEYS[nl + j], 'held', 0) end
  a = a + 1
end
return 1
"""

# KEYS: kill switch, then one per bucket.
# ARGV[1], a JSON array: #buckets, then per bucket: held delta, actual, expires at, cap, kill (0, or
# the index k of ARGV[k] holding the reason to store when this bucket's cap engages the kill switch),
# #alerts, alerts... The kill-switch value is built here, with the server's time, only when it engages.
# Returns one string: "engaged settled_1 alerted-before_1 alerted-after_1 ...".
SETTLE = """
-- A write Redis never refuses for memory (DEL of a key that never exists, in the same slot) comes
-- first: a script that has written may finish even on a full server (noeviction), so spend that
-- happened is settled there too (refused, it stayed held and was never counted as settled).
redis.call('DEL', KEYS[1] .. ':-')
local A = cjson.decode(ARGV[1])
local n = A[1]
local a = 2
local out = {0}
for j = 1, n do
  local key = KEYS[1 + j]
  local delta, actual, exp, cap, kill = A[a], A[a + 1], A[a + 2], A[a + 3], A[a + 4]
  local na = A[a + 5]
  a = a + 6
  if redis.call('HINCRBY', key, 'held', delta) < 0 then redis.call('HSET', key, 'held', 0) end
  local settled = redis.call('HINCRBY', key, 'settled', actual)
  -- the first settlement may have created the key (evicted since admission): give it its expiry
  if settled == actual then redis.call('EXPIREAT', key, exp) end
  local level = 0
  for k = 1, na do
    if settled >= A[a + k - 1] then level = k end
  end
  a = a + na
  -- below the first threshold nothing can fire: no need to read the level already alerted
  local before = 0
  if level > 0 then
    before = tonumber(redis.call('HGET', key, 'alerted') or '0')
    if level > before then redis.call('HSET', key, 'alerted', level) else level = before end
  end
  out[#out + 1] = settled
  out[#out + 1] = before
  out[#out + 1] = level
  if kill > 0 and settled >= cap then
    local t = redis.call('TIME')
    local since = tonumber(t[1]) + tonumber(t[2]) / 1000000
    local value = cjson.encode({reason = ARGV[kill], by = 'automatic', since = since})
    if redis.call('SET', KEYS[1], value, 'NX') then out[1] = 1 end
  end
end
for k = 1, #out do out[k] = string.format('%d', out[k]) end
return table.concat(out, ' ')
"""

#: The settlement script's digest, for EVALSHA on a settlement queued before any client exists.
SETTLE_SHA = hashlib.sha1(SETTLE.encode()).hexdigest()


def _admit_args(plan: Plan, kill_key: str) -> tuple[list[str], list[Any]]:
    keys = [kill_key, *(lim.key for lim in plan.limits), *(b.key for b in plan.buckets)]
    args: list[Any] = [plan.strategy, plan.token, len(plan.limits), len(plan.buckets)]
    for lim in plan.limits:
        args += [lim.item.amount, lim.window * 1000]
    for b, amount in zip(plan.buckets, plan.bucket_amounts(), strict=True):
        args += [b.cap, amount, b.expires_at]
    return keys, [json.dumps(args, separators=(",", ":"))]


def _admission(raw: str | bytes) -> Admission:
    text = raw.decode() if isinstance(raw, bytes) else raw
    if text[0] == "K":
        return Admission("kill_switch", kill_switch=KillSwitch.loads(text[1:]))
    fields = [int(x) for x in text.split(" ")]
    code, index, retry_ms, held, at = fields[0], fields[1], fields[2], fields[3], fields[4]
    stats = tuple((fields[k], fields[k + 1] / 1000.0) for k in range(5, len(fields) - 1, 2))
    if code == 2:
        return Admission("rate_limited", index, retry_ms / 1000.0, stats, at=at)
    if code == 3:
        return Admission("budget", index, stats=stats, held=held, at=at)
    return Admission("ok", stats=stats, at=at)


def _settle_args(s: Settlement, kill_key: str) -> tuple[list[str], list[Any]]:
    keys = [kill_key, *(b.key for b in s.buckets)]
    args: list[Any] = [len(s.buckets)]
    reasons: list[str] = []
    for b, reserved, actual in zip(s.buckets, s.reserved, s.actual, strict=True):
        kill = 0
        if b.kill_at_cap and s.kill_reason:
            reasons.append(s.kill_reason.format(label=b.label))
            kill = 1 + len(reasons)  # ARGV index in Lua (1-based; ARGV[1] is the packed numbers)
        args += [actual - reserved, actual, b.expires_at, b.cap, kill, len(b.alert_at), *b.alert_at]
    return keys, [json.dumps(args, separators=(",", ":")), *reasons]


def _settled(raw: str | bytes) -> Settled:
    fields = [int(x) for x in (raw.decode() if isinstance(raw, bytes) else raw).split(" ")]
    totals = tuple(fields[k] for k in range(1, len(fields), 3))
    crossed = tuple((fields[k + 1], fields[k + 2]) for k in range(1, len(fields), 3))
    return Settled(totals, crossed, bool(fields[0]))


# -- Redis Cluster: the caller's slot, then the shared slot ---------------------------------------


def _shared(label: str) -> bool:
    return label.startswith("global")


def _own_kill_key(keys: Sequence[str]) -> str:
    """A key in the caller's slot that is never set: ADMIT and SETTLE read a kill switch from their
    own slot, and the real one lives in the shared slot (read by the shared step)."""
    key = keys[0]
    return key[: key.index("}") + 1] + ":no-kill-switch"


def _halves(plan: Plan) -> tuple[Plan, Plan]:
    """The caller's part of a plan (their limits and budgets, one slot) and the shared part (global
    limits and budgets, the ``{prefix}`` slot). Plans list a caller's limits and buckets first."""
    own_l = tuple(x for x in plan.limits if not _shared(x.label))
    own_b = tuple(b for b in plan.buckets if not _shared(b.label))
    shared_l, shared_b = plan.limits[len(own_l) :], plan.buckets[len(own_b) :]
    if any(not _shared(x.label) for x in shared_l) or any(not _shared(b.label) for b in shared_b):
        raise ValueError("a plan lists the caller's limits and buckets before the shared ones")
    amounts = plan.bucket_amounts()
    own_a, shared_a = amounts[: len(own_b)], amounts[len(own_b) :]
    return Plan(plan.strategy, own_l, own_b, plan.token, own_a), Plan(
        plan.strategy, shared_l, shared_b, plan.token, shared_a
    )


def _release_args(plan: Plan, at: int) -> tuple[list[str], list[Any]]:
    keys = [*(lim.key for lim in plan.limits), *(b.key for b in plan.buckets)]
    args: list[Any] = [plan.strategy, plan.token, len(plan.limits), len(plan.buckets), at]
    args += [lim.window * 1000 for lim in plan.limits]
    args += list(plan.bucket_amounts())
    return keys, [json.dumps(args, separators=(",", ":"))]


#: How long a script waits, in all, for a slot that is being moved between nodes.
MOVING_SLOT_SECONDS = 3.0


def _slot_moving(exc: Exception) -> bool:
    """A reply saying the script did not run because its slot is half moved (TRYAGAIN: some of its
    keys are on the old node, some on the new one), also once redis-py has spent its own retries."""
    from redis.exceptions import ClusterError, TryAgainError

    return isinstance(exc, TryAgainError) or (isinstance(exc, ClusterError) and "TTL exhausted" in str(exc))


def _script_step(storage: RedisStorage, which: int, keys: list[str], args: list[Any]) -> Generator[Call, Any, Any]:
    """One script on a Cluster. While its slot is being moved (``redis-cli --cluster reshard``,
    a rebalance) the server answers TRYAGAIN without running it, so it is sent again after a
    growing pause, for up to ``MOVING_SLOT_SECONDS``; redis-py follows MOVED and ASK itself."""
    waited = 0.0
    pause = 0.02
    while True:
        try:
            return (yield storage._call(which, keys, args))
        except Exception as exc:
            if not _slot_moving(exc) or waited >= MOVING_SLOT_SECONDS:
                raise
        yield Call(time.sleep, asyncio.sleep, (pause,))
        waited += pause
        pause = min(pause * 2, 0.2)


def _cluster_admit(storage: RedisStorage, plan: Plan) -> Generator[Call, Any, Admission]:
    """Two-phase admission on a Cluster: the caller's slot first (their limits and budgets), then,
    only when it admits and the plan has shared limits or budgets, the shared slot (those and the
    kill switch); when the shared slot refuses, the caller's part is taken back. Without shared
    limits or budgets an admission touches the caller's slot only: one round trip."""
    own, shared = _halves(plan)
    first: Admission | None = None
    if own.limits or own.buckets:
        keys = [*(lim.key for lim in own.limits), *(b.key for b in own.buckets)]
        first = _admission((yield from _script_step(storage, 1, *_admit_args(own, _own_kill_key(keys)))))
        if first.outcome != "ok" or not (shared.limits or shared.buckets):
            return dataclasses.replace(first, read_kill_switch=False)
    second = _admission((yield from _script_step(storage, 1, *_admit_args(shared, storage.kill_key))))
    if first is None:
        return second
    if second.outcome == "ok":
        return Admission("ok", stats=first.stats + second.stats, at=second.at)
    try:
        yield from _script_step(storage, 3, *_release_args(own, first.at))
    except Exception as exc:  # refused either way; the caller's hits stay counted until their window ends
        log.error("aiwarden: could not take back a refused admission's hits on the caller's slot: %s", exc)
    if second.outcome == "kill_switch":
        return second
    # the caller's limits were taken back: their remaining counts are those before this request
    stats = tuple((r + 1, t) for r, t in first.stats) + second.stats
    index = second.index + (len(own.limits) if second.outcome == "rate_limited" else len(own.buckets))
    return Admission(second.outcome, index, second.retry_after, stats, held=second.held, at=second.at)


def _cluster_settle(storage: RedisStorage, s: Settlement) -> Generator[Call, Any, Settled]:
    """Settlement on a Cluster: the caller's buckets in their slot, the shared ones (and the kill
    switch) in the shared slot; the totals come back in the settlement's order."""
    split = len([b for b in s.buckets if not _shared(b.label)])
    parts = []
    for lo, hi, shared in ((0, split, False), (split, len(s.buckets), True)):
        if lo == hi:
            continue
        part = Settlement(s.buckets[lo:hi], s.reserved[lo:hi], s.actual[lo:hi], s.kill_reason if shared else "")
        key = storage.kill_key if shared else _own_kill_key([b.key for b in part.buckets])
        parts.append(_settled((yield from _script_step(storage, 2, *_settle_args(part, key)))))
    return Settled(
        tuple(t for p in parts for t in p.totals),
        tuple(c for p in parts for c in p.crossed),
        any(p.kill_switch_engaged for p in parts),
    )


def _command(*args: str | int) -> bytes:
    """One command in the Redis protocol (RESP): a few str/int arguments, ~5x cheaper than redis-py's
    general packer."""
    out = [b"*%d\r\n" % len(args)]
    for arg in args:
        data = str(arg).encode()
        out.append(b"$%d\r\n%b\r\n" % (len(data), data))
    return b"".join(out)


class _Lane:
    """Connections reserved for the per-request commands (the two scripts, the kill-switch read) on
    a plain (non-Cluster, non-Sentinel) server.

    redis-py's client spends ~80 µs per command on its pool, retry and observability layers
    (a PING costs ~120 µs through ``Redis.ping()`` and ~40 µs on a held connection, here). The
    admission is on every request's critical path, so it is sent on a connection taken from this
    free list (a ``deque``: ``pop``/``append`` are atomic, so threads never share a connection) by
    ``EVALSHA``, loading the script when the server does not know it (first use, restart).
    A connection that fails is closed and dropped; the next request opens a new one, so service
    resumes by itself when the server is back. A reused connection the server has closed since
    (restart, idle timeout) is replaced before sending, or retried once on a fresh one when the
    command could not be sent — never after it was sent, so a script never runs twice.
    """

    def __init__(self, pool: Any) -> None:
        self._cls, self._kwargs = pool.connection_class, dict(pool.connection_kwargs)
        self._free: collections.deque[Any] = collections.deque()
        self._pid = os.getpid()

    def run(self, args: Sequence[str | int], script: str = "") -> Any:
        out = self.run_many([(args, script)])[0]
        if isinstance(out, Exception):
            raise out
        return out

    def run_many(self, commands: Sequence[tuple[Sequence[str | int], str]]) -> list[Any]:
        """Send ``commands`` (``(arguments, script text or "")``) in one write and read their
        replies: one round trip. An error reply is returned in its place (the connection stays in
        step); a script the server does not know is loaded and its command sent again."""
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import NoScriptError

        if self._pid != os.getpid():
            # a forked worker (gunicorn --preload) must not share its parent's sockets: start afresh
            # (the parent's connections are left to the parent, not closed from here)
            self._free, self._pid = collections.deque(), os.getpid()
        try:
            conn, reused = self._free.pop(), True
        except IndexError:
            conn, reused = self._cls(**self._kwargs), False
        else:
            # as redis-py's pool does: a connection the server closed meanwhile (restart, idle
            # timeout) reads as EOF; replace it before sending, when no script can have run yet
            try:
                stale = conn.can_read()
            except (RedisConnectionError, OSError):
                stale = True
            if stale:
                conn.disconnect()
                conn, reused = self._cls(**self._kwargs), False
        packed = [_command(*args) for args, _ in commands]
        wire = [b"".join(packed)]
        try:
            try:
                conn.send_packed_command(wire, check_health=False)
            except RedisConnectionError:
                if not reused:
                    raise
                conn.disconnect()
                conn = self._cls(**self._kwargs)
                conn.send_packed_command(wire, check_health=False)
            out = [_reply(conn) for _ in packed]
            missing = [i for i, r in enumerate(out) if isinstance(r, NoScriptError) and commands[i][1]]
            if missing:
                for script in dict.fromkeys(commands[i][1] for i in missing):
                    conn.send_command("SCRIPT", "LOAD", script)
                    conn.read_response()
                conn.send_packed_command([b"".join(packed[i] for i in missing)], check_health=False)
                for i in missing:
                    out[i] = _reply(conn)
        except BaseException:
            conn.disconnect()
            raise
        self._free.append(conn)
        return out

    def close(self) -> None:
        while self._free:
            self._free.pop().disconnect()


class _AsyncLane:
    """:class:`_Lane` for ``redis.asyncio``, one per event loop (a connection belongs to its loop).

    A request cancelled mid-command (client gone) drops its connection: a reply may still be on
    its way, and the next command must not read it.
    """

    def __init__(self, pool: Any) -> None:
        self._cls, self._kwargs = pool.connection_class, dict(pool.connection_kwargs)
        self._free: collections.deque[Any] = collections.deque()

    async def run(self, args: Sequence[str | int], script: str = "") -> Any:
        out = (await self.run_many([(args, script)]))[0]
        if isinstance(out, Exception):
            raise out
        return out

    async def run_many(self, commands: Sequence[tuple[Sequence[str | int], str]]) -> list[Any]:
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import NoScriptError

        try:
            conn, reused = self._free.pop(), True
        except IndexError:
            conn, reused = self._cls(**self._kwargs), False
        else:
            try:
                stale = await conn.can_read()
            except (RedisConnectionError, OSError):
                stale = True
            if stale:
                await conn.disconnect(nowait=True)
                conn, reused = self._cls(**self._kwargs), False
        packed = [_command(*args) for args, _ in commands]
        wire = [b"".join(packed)]
        try:
            try:
                await conn.send_packed_command(wire, check_health=False)
            except RedisConnectionError:
                if not reused:
                    raise
                conn = self._cls(**self._kwargs)
                await conn.send_packed_command(wire, check_health=False)
            out = [await _areply(conn) for _ in packed]
            missing = [i for i, r in enumerate(out) if isinstance(r, NoScriptError) and commands[i][1]]
            if missing:
                for script in dict.fromkeys(commands[i][1] for i in missing):
                    await conn.send_command("SCRIPT", "LOAD", script, check_health=False)
                    await conn.read_response()
                await conn.send_packed_command([b"".join(packed[i] for i in missing)], check_health=False)
                for i in missing:
                    out[i] = await _areply(conn)
        except BaseException:
            await conn.disconnect(nowait=True)
            raise
        self._free.append(conn)
        return out


def _reply(conn: Any) -> Any:
    """The next reply on ``conn``; an error reply (a script's error, NOSCRIPT, OOM) is returned, not
    raised: it was read whole, so the connection is still in step for the replies after it."""
    from redis.exceptions import ResponseError

    try:
        return conn.read_response()
    except ResponseError as exc:
        return exc


async def _areply(conn: Any) -> Any:
    from redis.exceptions import ResponseError

    try:
        return await conn.read_response()
    except ResponseError as exc:
        return exc


class RedisStorage:
    """Limits, budgets, alert state and the kill switch shared through Redis."""

    def __init__(self, uri: str, *, prefix: str = "aiwarden", timeout: float = 1.0, settle_delay: float = 0.0) -> None:
        self.uri = uri
        self.kill_key = f"{{{prefix}}}:killswitch"
        #: Redis Cluster: a caller's keys and the shared keys live in different slots (see _cluster_admit)
        self.cluster = uri.removeprefix("async+").startswith("redis+cluster")
        self._options: dict[str, Any] = {"socket_timeout": timeout, "socket_connect_timeout": timeout}
        self._lock = threading.Lock()
        self._sync: Any = None
        self._sync_scripts: tuple[Any, Any, Any] | None = None
        self._lane: _Lane | None = None
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[Any, Any, Any, Any, Any]] = (
            weakref.WeakKeyDictionary()
        )
        #: Settlements waiting for this worker's next command (plain server, ``settle_delay`` > 0);
        #: used once a lane says the server is a plain one (Cluster and Sentinel settle in place).
        self._deferred = (
            Deferred(settle_delay, self._send_settlements) if settle_delay > 0 and not self.cluster else None
        )
        self._plain = False

    # -- connections (lazy) --------------------------------------------------------------------

    def _client(self) -> tuple[Any, Any, Any, Any]:
        if self._sync_scripts is None:
            with self._lock:
                if self._sync_scripts is None:
                    from limits.storage import storage_from_string

                    try:
                        # a limits Redis storage; the redis-py client it holds (.storage) is not on the
                        # base Storage type the factory is declared to return
                        made: Any = storage_from_string(self.uri.removeprefix("async+"), **self._options)
                        client = made.storage
                    except Exception as exc:
                        raise StorageError(f"cannot set up Redis storage {self._safe_uri()}: {exc}") from exc
                    self._sync = client
                    self._sync_scripts = tuple(client.register_script(x) for x in (ADMIT, SETTLE, RELEASE))
                    from redis import Redis
                    from redis.connection import ConnectionPool

                    # Cluster and Sentinel keep redis-py's own routing and failover
                    pool = getattr(client, "connection_pool", None)
                    if type(client) is Redis and type(pool) is ConnectionPool:
                        self._lane = _Lane(pool)
                        self._plain = True
        return self._sync, *self._sync_scripts

    def _aclient(self) -> tuple[Any, Any, Any, Any, Any]:
        loop = asyncio.get_running_loop()
        found = self._async.get(loop)
        if found is None:
            from limits.storage import storage_from_string

            uri = self.uri if self.uri.startswith("async+") else "async+" + self.uri
            try:
                made: Any = storage_from_string(uri, implementation="redispy", **self._options)  # as in _client
                client = made.bridge.storage
            except Exception as exc:
                raise StorageError(f"cannot set up Redis storage {self._safe_uri()}: {exc}") from exc
            from redis.asyncio import ConnectionPool, Redis

            pool = getattr(client, "connection_pool", None)
            lane = _AsyncLane(pool) if type(client) is Redis and type(pool) is ConnectionPool else None
            self._plain = self._plain or lane is not None
            scripts = (client.register_script(x) for x in (ADMIT, SETTLE, RELEASE))
            found = (client, *scripts, lane)
            self._async[loop] = found
        return found

    def _safe_uri(self) -> str:
        # never print a password that may be part of the URI
        scheme, _, rest = self.uri.partition("://")
        return f"{scheme}://{rest.rsplit('@', 1)[-1]}"

    def _fail(self, exc: Exception, what: str) -> StorageError:
        return StorageError(f"Redis storage {self._safe_uri()} failed to {what}: {type(exc).__name__}: {exc}")

    @contextlib.contextmanager
    def _failing(self, what: str) -> Iterator[None]:
        """Driver errors become a :class:`StorageError` naming ``what``, the cause chained."""
        try:
            yield
        except StorageError:
            raise
        except Exception as exc:
            raise self._fail(exc, what) from exc

    # -- sync ----------------------------------------------------------------------------------

    def get_kill_switch(self) -> KillSwitch | None:
        with self._failing("read the kill switch"):
            client = self._client()[0]
            if self._lane is not None:  # the same lean path, and the same stale-connection handling
                return KillSwitch.loads(self._lane_run(self._lane, ("GET", self.kill_key)))
            return KillSwitch.loads(client.get(self.kill_key))

    def set_kill_switch(self, state: KillSwitch | None) -> None:
        with self._failing("set the kill switch"):
            client = self._client()[0]
            if state is None:
                client.delete(self.kill_key)
            else:
                client.set(self.kill_key, state.dumps())

    def _call(self, which: int, keys: list[str], args: list[Any]) -> Call:
        return Call(self._script, self._ascript, (which, keys, args))

    def _script(self, which: int, keys: list[str], args: list[Any]) -> Any:
        script = self._client()[which]
        if self._lane is not None:
            return self._lane_run(self._lane, ("EVALSHA", script.sha, len(keys), *keys, *args), script.script)
        return script(keys=keys, args=args)

    def _carried(self, batch: Sequence[Pending], replies: Sequence[Any]) -> Any:
        """The queued settlements' replies to their requests; the carrying command's own reply."""
        self._deliver(batch, replies[:-1])
        if isinstance(replies[-1], Exception):
            raise replies[-1]
        return replies[-1]

    def _lane_run(self, lane: _Lane, args: Sequence[str | int], script: str = "") -> Any:
        """``args`` on ``lane``, carrying the queued settlements in the same write (one round trip)."""
        batch = self._deferred.take() if self._deferred is not None else None
        if not batch:
            return lane.run(args, script)
        try:
            replies = lane.run_many([*(p.command for p in batch), (args, script)])
        except Exception as exc:
            self._deliver(batch, [exc] * len(batch))
            raise
        return self._carried(batch, replies)

    # -- settlements sent later ----------------------------------------------------------------

    def settle_later(self, s: Settlement, done: Callable[[Settled | StorageError], None]) -> bool:
        """Queue ``s`` to go with this worker's next command, or within ``settle_delay``; ``done``
        hears its outcome then (from the thread or task that sends it). False, and nothing queued,
        when this storage settles in place (Cluster, Sentinel, ``settle_delay`` 0)."""
        if self._deferred is None or not self._plain:
            return False
        keys, args = _settle_args(s, self.kill_key)
        self._deferred.add(Pending((("EVALSHA", SETTLE_SHA, len(keys), *keys, *args), SETTLE), done))
        return True

    def flush(self) -> None:
        """Send the queued settlements now (readers call it first, so that they see this worker's
        finished requests)."""
        if self._deferred is not None:
            self._deferred.flush()

    def _send_settlements(self, batch: list[Pending]) -> None:
        """Send queued settlements on their own (no request came within the delay; a read; exit)."""
        try:
            self._client()
            if self._lane is None:
                raise StorageError("settlements were queued for a server that has no lane")
            replies = self._lane.run_many([p.command for p in batch])
        except Exception as exc:
            self._deliver(batch, [exc] * len(batch))
            return
        self._deliver(batch, replies)

    def _heard(self, batch: Sequence[Pending], sent: asyncio.Future[list[Any]]) -> None:
        """The replies of a send whose request was cancelled while it was on its way."""
        exc = None if sent.cancelled() else sent.exception()
        if sent.cancelled() or exc is not None:
            failure = exc if isinstance(exc, Exception) else self._fail(RuntimeError("cancelled"), "settle budgets")
            self._deliver(batch, [failure] * len(batch))
        else:
            self._deliver(batch, sent.result()[:-1])

    def _deliver(self, batch: Sequence[Pending], replies: Sequence[Any]) -> None:
        for item, reply in zip(batch, replies, strict=True):
            try:
                if isinstance(reply, Exception):
                    item.done(reply if isinstance(reply, StorageError) else self._fail(reply, "settle budgets"))
                else:
                    item.done(_settled(reply))
            except Exception:  # one settlement's alerting must never fail the command that carried it
                log.exception("aiwarden: handling a settlement's outcome failed")

    def admit(self, plan: Plan) -> Admission:
        with self._failing("check limits and reserve budgets"):
            if self.cluster:
                return drive_sync(_cluster_admit(self, plan))
            raw = self._script(1, *_admit_args(plan, self.kill_key))
        return _admission(raw)

    def settle(self, s: Settlement) -> Settled:
        with self._failing("settle budgets"):
            if self.cluster:
                return drive_sync(_cluster_settle(self, s))
            raw = self._script(2, *_settle_args(s, self.kill_key))
        return _settled(raw)

    def bucket_values(self, keys: list[str]) -> list[tuple[int, int] | None]:
        self.flush()
        with self._failing("read budgets"):
            client = self._client()[0]
            out: list[tuple[int, int] | None] = []
            for key in keys:
                held, settled = client.hmget(key, "held", "settled")
                out.append(None if held is None and settled is None else (int(held or 0), int(settled or 0)))
            return out

    def limit_values(self, limits: list[Any], strategy: str = "moving-window") -> list[tuple[int, float]]:
        """Remaining requests and seconds to reset per limit, read without hitting (``aiwarden usage``)."""
        self.flush()
        with self._failing("read limits"):
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

    # -- async: the same scripts, awaited ------------------------------------------------------

    async def aget_kill_switch(self) -> KillSwitch | None:
        with self._failing("read the kill switch"):
            client, *_, lane = self._aclient()
            if lane is not None:
                return KillSwitch.loads(await self._alane_run(lane, ("GET", self.kill_key)))
            return KillSwitch.loads(await client.get(self.kill_key))

    async def aset_kill_switch(self, state: KillSwitch | None) -> None:
        with self._failing("set the kill switch"):
            client = self._aclient()[0]
            if state is None:
                await client.delete(self.kill_key)
            else:
                await client.set(self.kill_key, state.dumps())

    async def _ascript(self, which: int, keys: list[str], args: list[Any]) -> Any:
        found = self._aclient()
        script, lane = found[which], found[4]
        if lane is not None:
            return await self._alane_run(lane, ("EVALSHA", script.sha, len(keys), *keys, *args), script.script)
        return await script(keys=keys, args=args)

    async def _alane_run(self, lane: _AsyncLane, args: Sequence[str | int], script: str = "") -> Any:
        """:meth:`_lane_run`, awaited."""
        batch = self._deferred.take() if self._deferred is not None else None
        if not batch:
            return await lane.run(args, script)
        # shielded: the queued settlements are other requests', and a client leaving this one
        # (cancelling it) must not drop them half sent; they are heard when the reply comes
        sent = asyncio.ensure_future(lane.run_many([*(p.command for p in batch), (args, script)]))
        try:
            replies = await asyncio.shield(sent)
        except asyncio.CancelledError:
            sent.add_done_callback(lambda done: self._heard(batch, done))
            raise
        except Exception as exc:
            self._deliver(batch, [exc] * len(batch))
            raise
        return self._carried(batch, replies)

    async def aadmit(self, plan: Plan) -> Admission:
        with self._failing("check limits and reserve budgets"):
            if self.cluster:
                return await drive_async(_cluster_admit(self, plan))
            raw = await self._ascript(1, *_admit_args(plan, self.kill_key))
        return _admission(raw)

    async def asettle(self, s: Settlement) -> Settled:
        with self._failing("settle budgets"):
            if self.cluster:
                return await drive_async(_cluster_settle(self, s))
            raw = await self._ascript(2, *_settle_args(s, self.kill_key))
        return _settled(raw)

    def close(self) -> None:
        try:
            self.flush()
        except Exception:
            log.exception("aiwarden: sending queued settlements on close failed")
        with self._lock:
            if self._lane is not None:
                self._lane.close()
            if self._sync is not None:
                self._sync.close()
            self._sync = self._sync_scripts = self._lane = None
