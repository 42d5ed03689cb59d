#pragma once

#include "common/job.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <new>
#include <system_error>
#include <thread>
#include <vector>

namespace pp {

/// Threads to use for `requested` (0 = all cores), never more than `tasks`, at least 1.
inline unsigned threadCount(int requested, std::size_t tasks)
{
    unsigned threads = requested > 0 ? static_cast<unsigned>(requested) : std::thread::hardware_concurrency();
    threads = std::max(threads, 1u);
    return static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(tasks, 1)));
}

/// Runs task(i) for i in [0, tasks) on up to `threads` threads (the caller is one of them).
/// Tasks are handed out one at a time, so unequal tasks (column pairs with and without
/// missing values) keep every core busy; give tasks a fixed meaning (a row block, a tree)
/// and results do not depend on the thread count. Stops handing out tasks once `job` is
/// cancelled. Returns false when a task ran out of memory (or threw otherwise): core must
/// not throw across its API, and an exception leaving a std::thread would abort.
template <class Task>
bool parallelFor(std::size_t tasks, int threads, const JobControl* job, Task&& task)
{
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    const auto work = [&]() {
        while (!isCancelled(job) && !failed.load(std::memory_order_relaxed)) {
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= tasks)
                return;
            try {
                task(i);
            } catch (...) {
                failed = true;
                return;
            }
        }
    };
    const unsigned n = threadCount(threads, tasks);
    std::vector<std::thread> pool;
    try {
        pool.reserve(n > 0 ? n - 1 : 0);
        for (unsigned t = 1; t < n; ++t)
            pool.emplace_back(work);
    } catch (const std::exception&) {
        // Fewer threads than asked for is slower, not wrong.
    }
    work();
    for (auto& thread : pool)
        thread.join();
    return !failed.load();
}

} // namespace pp
