#include "ml/least_squares.h"

#include "ml/parallel_for.h"

#include <Eigen/Householder>
#include <Eigen/QR>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <vector>

namespace pp {

namespace {

using Index = Eigen::Index;

// Rows per sub-block: a column-major copy of a sub-block stays in L2 for narrow data.
constexpr Index kSubBlockRows = 1024;
// Memory allowed for per-slot partial results.
constexpr double kSlotBudgetBytes = 64.0 * 1024 * 1024;

// Number of reduction slots for n rows and partial results of `slotDoubles` doubles each.
// Depends only on the shape, never on the thread count (determinism).
Index slotCount(Index n, double slotDoubles)
{
    const Index byMemory = static_cast<Index>(kSlotBudgetBytes / std::max(1.0, slotDoubles * 8.0));
    const Index byRows = (n + kSubBlockRows - 1) / kSubBlockRows;
    return std::max<Index>(1, std::min<Index>({64, byMemory, byRows}));
}

// Copies rows [begin, end) of x, centred and scaled by sqrt(weight), into column-major b
// and the matching y values into yb.
void centredBlock(const Matrix& x, const Eigen::VectorXd& y, const Eigen::VectorXd& weight,
    const Eigen::VectorXd& xMean, double yMean, Index begin, Index end, Eigen::MatrixXd* b, Eigen::VectorXd* yb)
{
    const Index rows = end - begin;
    *b = x.middleRows(begin, rows).rowwise() - xMean.transpose();
    *yb = y.segment(begin, rows).array() - yMean;
    if (weight.size() > 0) {
        const Eigen::ArrayXd s = weight.segment(begin, rows).array().sqrt();
        b->array().colwise() *= s;
        yb->array() *= s;
    }
}

// Reports `from`..`to` of the job as slots complete.
class SlotProgress
{
public:
    SlotProgress(JobControl* job, Index slots, double from, double to) : m_job(job), m_slots(slots), m_from(from), m_to(to) {}
    void slotDone()
    {
        const double f = static_cast<double>(++m_done) / static_cast<double>(m_slots);
        reportProgress(m_job, m_from + (m_to - m_from) * f);
    }

private:
    JobControl* m_job;
    Index m_slots;
    double m_from;
    double m_to;
    std::atomic<Index> m_done{0};
};

} // namespace

bool LeastSquares::means(const Matrix& x, const Eigen::VectorXd& y, const Eigen::VectorXd& weight, int threads,
    JobControl* job, Eigen::VectorXd* xMean, double* yMean)
{
    const Index n = x.rows();
    const Index p = x.cols();
    const Index slots = slotCount(n, static_cast<double>(p + 2));
    const Index slotRows = (n + slots - 1) / slots;
    // Column p holds y, column p + 1 the weight.
    Eigen::MatrixXd partial = Eigen::MatrixXd::Zero(p + 2, slots);
    SlotProgress progress(job, slots, 0.0, 0.2);
    parallelFor(n, slotRows, threads, [&](Index begin, Index end, int) {
        auto col = partial.col(begin / slotRows);
        for (Index b = begin; b < end && !isCancelled(job); b += kSubBlockRows) {
            const Index rows = std::min(kSubBlockRows, end - b);
            if (weight.size() > 0) {
                const auto w = weight.segment(b, rows);
                col.head(p).noalias() += x.middleRows(b, rows).transpose() * w;
                col(p) += y.segment(b, rows).dot(w);
                col(p + 1) += w.sum();
            } else {
                col.head(p) += x.middleRows(b, rows).colwise().sum().transpose();
                col(p) += y.segment(b, rows).sum();
                col(p + 1) += static_cast<double>(rows);
            }
        }
        progress.slotDone();
    });
    if (isCancelled(job))
        return false;
    const Eigen::VectorXd total = partial.rowwise().sum();
    *xMean = total.head(p) / total(p + 1);
    *yMean = total(p) / total(p + 1);
    return true;
}

bool LeastSquares::crossProducts(const Matrix& x, const Eigen::VectorXd& y, const Eigen::VectorXd& weight,
    int threads, JobControl* job, CenteredCrossProducts* out)
{
    if (!means(x, y, weight, threads, job, &out->xMean, &out->yMean))
        return false;
    const Index n = x.rows();
    const Index p = x.cols();
    const Index slots = slotCount(n, static_cast<double>((p + 1) * (p + 1)));
    const Index slotRows = (n + slots - 1) / slots;
    // Per slot: lower triangle of X'X in the first p columns, X'y in column p, y'y at (p, p).
    std::vector<Eigen::MatrixXd> partial(static_cast<std::size_t>(slots), Eigen::MatrixXd::Zero(p + 1, p + 1));
    SlotProgress progress(job, slots, 0.2, 1.0);
    parallelFor(n, slotRows, threads, [&](Index begin, Index end, int) {
        Eigen::MatrixXd& acc = partial[static_cast<std::size_t>(begin / slotRows)];
        Eigen::MatrixXd b;
        Eigen::VectorXd yb;
        for (Index s = begin; s < end && !isCancelled(job); s += kSubBlockRows) {
            centredBlock(x, y, weight, out->xMean, out->yMean, s, std::min(end, s + kSubBlockRows), &b, &yb);
            acc.topLeftCorner(p, p).selfadjointView<Eigen::Lower>().rankUpdate(b.transpose());
            acc.col(p).head(p).noalias() += b.transpose() * yb;
            acc(p, p) += yb.squaredNorm();
        }
        progress.slotDone();
    });
    if (isCancelled(job))
        return false;
    Eigen::MatrixXd total = Eigen::MatrixXd::Zero(p + 1, p + 1);
    for (const auto& m : partial)
        total += m;
    out->xtx = total.topLeftCorner(p, p).selfadjointView<Eigen::Lower>();
    out->xty = total.col(p).head(p);
    out->yty = total(p, p);
    return true;
}

bool LeastSquares::solveQr(const Matrix& x, const Eigen::VectorXd& y, const Eigen::VectorXd& weight, int threads,
    JobControl* job, Eigen::VectorXd* coef, double* intercept, Eigen::Index* rank)
{
    Eigen::VectorXd xMean;
    double yMean = 0.0;
    if (!means(x, y, weight, threads, job, &xMean, &yMean))
        return false;
    const Index n = x.rows();
    const Index p = x.cols();
    const Index q = p + 1;   // [X | y] so that R's last column carries Q'y
    const Index slots = slotCount(n, static_cast<double>(q * q));
    const Index slotRows = (n + slots - 1) / slots;
    std::vector<Eigen::MatrixXd> factors(static_cast<std::size_t>(slots), Eigen::MatrixXd::Zero(q, q));
    // Blocks at least twice as tall as wide, so that re-factoring the carried R stays cheap.
    const Index blockRows = std::max(kSubBlockRows, 2 * q);
    SlotProgress progress(job, slots, 0.2, 1.0);
    parallelFor(n, slotRows, threads, [&](Index begin, Index end, int) {
        Eigen::MatrixXd& r = factors[static_cast<std::size_t>(begin / slotRows)];
        Eigen::MatrixXd b;
        Eigen::VectorXd yb;
        Eigen::MatrixXd stacked;
        for (Index s = begin; s < end && !isCancelled(job); s += blockRows) {
            const Index rows = std::min(end, s + blockRows) - s;
            centredBlock(x, y, weight, xMean, yMean, s, s + rows, &b, &yb);
            // QR of [R_so_far; block]: the R of all rows seen so far in this slot.
            stacked.resize(q + rows, q);
            stacked.topRows(q) = r;
            stacked.bottomLeftCorner(rows, p) = b;
            stacked.bottomRightCorner(rows, 1) = yb;
            Eigen::HouseholderQR<Eigen::Ref<Eigen::MatrixXd>> qr(stacked);
            r = stacked.topRows(q).triangularView<Eigen::Upper>();
        }
        progress.slotDone();
    });
    if (isCancelled(job))
        return false;
    Eigen::MatrixXd all(q * slots, q);
    for (Index s = 0; s < slots; ++s)
        all.middleRows(s * q, q) = factors[static_cast<std::size_t>(s)];
    Eigen::HouseholderQR<Eigen::Ref<Eigen::MatrixXd>> qr(all);
    const Eigen::MatrixXd r = all.topRows(q).triangularView<Eigen::Upper>();
    // ||Xc b - yc||² = ||R_x b - z||² + const with z the first p entries of R's last column.
    *coef = Eigen::VectorXd();
    *rank = 0;
    if (p > 0) {
        const Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(r.topLeftCorner(p, p));
        *coef = cod.solve(r.col(p).head(p));
        *rank = cod.rank();
    }
    *intercept = yMean - xMean.dot(*coef);
    return true;
}

} // namespace pp
