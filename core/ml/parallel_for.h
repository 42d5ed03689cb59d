#pragma once

#include <Eigen/Core>

#include <functional>

namespace pp {

/// Worker threads for a request (0 = all cores), never fewer than one.
int resolveThreads(int requested);

/// Runs `fn(begin, end, worker)` over [0, n) in chunks of at most `grain` items on up to
/// `threads` threads (the calling thread is one of them). Chunks are handed out one at a
/// time, so uneven chunks balance; `worker` (0..threads-1) lets callers keep per-thread
/// scratch space. Work that must reduce deterministically should index its partial
/// results by chunk (begin / grain), not by worker.
void parallelFor(Eigen::Index n, Eigen::Index grain, int threads,
    const std::function<void(Eigen::Index begin, Eigen::Index end, int worker)>& fn);

} // namespace pp
