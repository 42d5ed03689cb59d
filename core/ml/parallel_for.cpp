#include "ml/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace pp {

int resolveThreads(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void parallelFor(Eigen::Index n, Eigen::Index grain, int threads,
    const std::function<void(Eigen::Index, Eigen::Index, int)>& fn)
{
    if (n <= 0)
        return;
    grain = std::max<Eigen::Index>(1, grain);
    const Eigen::Index chunks = (n + grain - 1) / grain;
    const int workers = static_cast<int>(std::min<Eigen::Index>(resolveThreads(threads), chunks));
    if (workers <= 1) {
        for (Eigen::Index c = 0; c < chunks; ++c)
            fn(c * grain, std::min(n, (c + 1) * grain), 0);
        return;
    }
    std::atomic<Eigen::Index> next{0};
    auto run = [&](int worker) {
        for (Eigen::Index c = next++; c < chunks; c = next++)
            fn(c * grain, std::min(n, (c + 1) * grain), worker);
    };
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(workers - 1));
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(run, w);
    run(0);
    for (auto& t : pool)
        t.join();
}

} // namespace pp
