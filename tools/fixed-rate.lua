-- wrk at a fixed offered rate (open loop, as wrk2 does; wrk2 is not packaged): each thread keeps a schedule of
-- request slots start + n x interval (interval = threads / RATE) and delay() holds the connection that asks for the
-- next slot until the slot is due (wrk's delay is whole ms: a slot goes out at most 1 ms early, the schedule does not
-- drift). A connection that comes back after its slot was due takes it at once; done() prints how far the generator
-- fell behind its schedule, so "offered" is known.
-- usage: wrk -tT -cC -dD -s fixed-rate.lua URL -- RATE
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } rate_timespec;
int clock_gettime(int clk_id, rate_timespec *tp);
]]
local ts = ffi.new("rate_timespec")
local function now_ms()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}
function setup(thread)
    table.insert(threads, thread)
end

local interval, start
slots, lag_ms = 0, 0
function init(args)
    local rate = tonumber(args[1]) or 1000
    local count = tonumber(args[2]) or 1
    interval = 1000 * count / rate
end

function delay()
    local now = now_ms()
    if not start then start = now end
    slots = slots + 1
    local due = start + slots * interval
    if due <= now then
        lag_ms = now - due
        return 0
    end
    lag_ms = 0
    return math.floor(due - now)
end

function done(summary, latency, requests)
    local slots_total, lag = 0, 0
    for _, t in ipairs(threads) do
        slots_total = slots_total + t:get("slots")
        lag = math.max(lag, t:get("lag_ms"))
    end
    io.write(string.format("schedule: %d slots taken, behind by %.0f ms at the end\n", slots_total, lag))
end
