// The multilayer perceptron: LibTorch behind the pp::Model interface. Nothing outside
// core/nn sees a torch type; data crosses as Eigen matrices and bytes.
#include "nn/mlp_model.h"

#include "ml/epoch_metrics.h"
#include "ml/model.h"
#include "nn/torch_runtime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <torch/torch.h>

#include <cmath>
#include <optional>
#include <sstream>

#if defined(__unix__)
#include <dlfcn.h>
#endif

namespace pp::nn {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::MlpModel)
};

// ---------------------------------------------------------------------------------------------
// Network

struct MlpNetImpl : torch::nn::Module
{
    MlpNetImpl(int inputs, const std::vector<int>& hidden, int outputs, const std::string& activation,
               double dropout, bool batchNorm)
        : m_activation(activation)
    {
        int width = inputs;
        for (std::size_t i = 0; i < hidden.size(); ++i) {
            m_linear.push_back(register_module("fc" + std::to_string(i), torch::nn::Linear(width, hidden[i])));
            if (batchNorm)
                m_norm.push_back(register_module("bn" + std::to_string(i), torch::nn::BatchNorm1d(hidden[i])));
            width = hidden[i];
        }
        m_out = register_module("out", torch::nn::Linear(width, outputs));
        m_dropout = dropout;
    }

    torch::Tensor forward(torch::Tensor x)
    {
        for (std::size_t i = 0; i < m_linear.size(); ++i) {
            x = m_linear[i]->forward(x);
            if (!m_norm.empty())
                x = m_norm[i]->forward(x);
            x = activate(x);
            if (m_dropout > 0.0)
                x = torch::dropout(x, m_dropout, is_training());
        }
        return m_out->forward(x);
    }

    torch::Tensor activate(const torch::Tensor& x) const
    {
        if (m_activation == "tanh")
            return torch::tanh(x);
        if (m_activation == "gelu")
            return torch::gelu(x);
        if (m_activation == "leaky_relu")
            return torch::leaky_relu(x, 0.01);
        if (m_activation == "sigmoid")
            return torch::sigmoid(x);
        return torch::relu(x);
    }

    std::vector<torch::nn::Linear> m_linear;
    std::vector<torch::nn::BatchNorm1d> m_norm;
    torch::nn::Linear m_out{nullptr};
    std::string m_activation;
    double m_dropout = 0.0;
};
TORCH_MODULE(MlpNet);

// ---------------------------------------------------------------------------------------------
// Parameters

std::vector<int> intList(const QVariant& v)
{
    std::vector<int> out;
    for (const QVariant& e : v.toList())
        out.push_back(e.toInt());
    return out;
}

torch::Tensor toTensor(const Matrix& x)
{
    torch::Tensor t = torch::empty({x.rows(), x.cols()}, torch::kFloat32);
    float* dst = t.data_ptr<float>();
    const double* src = x.data();
    const auto n = x.size();
    for (Eigen::Index i = 0; i < n; ++i)
        dst[i] = static_cast<float>(src[i]);
    return t;
}

// ---------------------------------------------------------------------------------------------
// Threads

/// OpenBLAS's thread-count functions, when LibTorch's BLAS is OpenBLAS (as with Debian's
/// libtorch); null otherwise (MKL, for one, runs on LibTorch's own OpenMP pool).
struct OpenBlasThreads
{
    int (*get)() = nullptr;
    void (*set)(int) = nullptr;
};

const OpenBlasThreads& openBlasThreads()
{
    static const OpenBlasThreads api = [] {
        OpenBlasThreads a;
#if defined(__unix__)
        // Already loaded with LibTorch; RTLD_NOLOAD never loads a library that is not.
        for (const char* lib : {"libopenblas.so.0", "libblas.so.3"}) {
            void* h = dlopen(lib, RTLD_LAZY | RTLD_NOLOAD);
            if (!h)
                continue;
            a.get = reinterpret_cast<int (*)()>(dlsym(h, "openblas_get_num_threads"));
            a.set = reinterpret_cast<void (*)(int)>(dlsym(h, "openblas_set_num_threads"));
            if (a.get && a.set)
                break;
            a = OpenBlasThreads();
        }
#endif
        return a;
    }();
    return api;
}

/// How the CPU threads are used while a network trains or predicts; the previous settings
/// come back at the end of the scope.
///
/// LibTorch's element-wise ops run on its OpenMP pool, its matrix products on OpenBLAS's own
/// pthreads: two pools of N threads on N cores. After each small op the OpenMP workers spin
/// while OpenBLAS's workers wait for a core in sched_yield. Profiled on the 2-core reference
/// machine (perf, mlp 31->128->64->1, batch 1024), ~75 % of the training time went to
/// libgomp spinning and sched_yield and ~5 % to sgemm. For an MLP's per-batch tensors the
/// matrix products are the only work worth splitting, so with OpenBLAS the threads go to
/// OpenBLAS and LibTorch's own ops run on the calling thread (an epoch ~2.4x faster there).
/// Without OpenBLAS, LibTorch keeps the threads.
class CpuThreadLayout
{
public:
    explicit CpuThreadLayout(int threads)
        : m_torchBefore(at::get_num_threads())
    {
        if (threads <= 0)
            threads = std::max(1, QThread::idealThreadCount());
        const OpenBlasThreads& blas = openBlasThreads();
        if (blas.set) {
            m_blasBefore = blas.get();
            blas.set(threads);
            threads = 1;
        }
        if (threads != m_torchBefore)
            at::set_num_threads(threads);
    }
    ~CpuThreadLayout()
    {
        if (m_blasBefore > 0)
            openBlasThreads().set(m_blasBefore);
        if (at::get_num_threads() != m_torchBefore)
            at::set_num_threads(m_torchBefore);
    }
    CpuThreadLayout(const CpuThreadLayout&) = delete;
    CpuThreadLayout& operator=(const CpuThreadLayout&) = delete;

private:
    int m_torchBefore;
    int m_blasBefore = 0;
};

// ---------------------------------------------------------------------------------------------
// Optimizer

/// Adam and AdamW (PyTorch's update, amsgrad off) for float parameters on the CPU, one pass
/// over each parameter per step. torch::optim::Adam makes ~8 tensor ops per parameter and
/// step (48 dispatches for a two-hidden-layer net, more than the arithmetic costs at these
/// sizes) and looks its state up by a string key each time.
class FusedAdam
{
public:
    FusedAdam(std::vector<torch::Tensor> params, double lr, double weightDecay, bool decoupled)
        : m_params(std::move(params))
        , m_lr(lr)
        , m_weightDecay(weightDecay)
        , m_decoupled(decoupled)
    {
        for (const auto& p : m_params) {
            m_exp.emplace_back(static_cast<std::size_t>(p.numel()), 0.0f);
            m_expSq.emplace_back(static_cast<std::size_t>(p.numel()), 0.0f);
        }
    }

    static bool supports(const std::vector<torch::Tensor>& params)
    {
        for (const auto& p : params)
            if (!p.device().is_cpu() || p.scalar_type() != torch::kFloat32 || !p.is_contiguous())
                return false;
        return true;
    }

    void setLr(double lr) { m_lr = lr; }

    void step()
    {
        torch::NoGradGuard noGrad;
        ++m_step;
        const double bias1 = 1.0 - std::pow(kBeta1, static_cast<double>(m_step));
        const double bias2 = 1.0 - std::pow(kBeta2, static_cast<double>(m_step));
        const auto stepSize = static_cast<float>(m_lr / bias1);
        const auto bias2Sqrt = static_cast<float>(std::sqrt(bias2));
        const auto b1 = static_cast<float>(kBeta1), c1 = static_cast<float>(1.0 - kBeta1);
        const auto b2 = static_cast<float>(kBeta2), c2 = static_cast<float>(1.0 - kBeta2);
        const auto eps = static_cast<float>(kEps);
        const auto l2 = m_decoupled ? 0.0f : static_cast<float>(m_weightDecay);
        const auto shrink = static_cast<float>(1.0 - m_lr * m_weightDecay);
        for (std::size_t k = 0; k < m_params.size(); ++k) {
            torch::Tensor& param = m_params[k];
            if (!param.grad().defined())
                continue;
            const torch::Tensor grad = param.grad().contiguous();
            float* p = param.data_ptr<float>();
            const float* g = grad.data_ptr<float>();
            float* m = m_exp[k].data();
            float* v = m_expSq[k].data();
            const std::int64_t n = param.numel();
            if (m_decoupled && m_weightDecay != 0.0)
                for (std::int64_t i = 0; i < n; ++i)
                    p[i] *= shrink;
            update(n, p, g, m, v, l2, b1, c1, b2, c2, stepSize, bias2Sqrt, eps);
        }
    }

private:
    static constexpr double kBeta1 = 0.9;
    static constexpr double kBeta2 = 0.999;
    static constexpr double kEps = 1e-8;

    // m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g²; p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)
    // with g = grad + l2 * p (Adam's weight decay). Written so that the compiler vectorises it.
    __attribute__((optimize("no-math-errno"))) static void update(std::int64_t n, float* __restrict p,
        const float* __restrict g, float* __restrict m, float* __restrict v, float l2, float b1, float c1, float b2,
        float c2, float stepSize, float bias2Sqrt, float eps)
    {
        for (std::int64_t i = 0; i < n; ++i) {
            const float gi = g[i] + l2 * p[i];
            const float mi = b1 * m[i] + c1 * gi;
            const float vi = b2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            p[i] -= stepSize * mi / (std::sqrt(vi) / bias2Sqrt + eps);
        }
    }

    std::vector<torch::Tensor> m_params;
    std::vector<std::vector<float>> m_exp, m_expSq;
    double m_lr;
    double m_weightDecay;
    bool m_decoupled;
    std::int64_t m_step = 0;
};

// ---------------------------------------------------------------------------------------------

class MlpModel final : public Model
{
public:
    MlpModel(Task task, QVariantMap params) : m_task(task), m_params(std::move(params)) {}

    QString kind() const override { return QStringLiteral("mlp"); }
    QVariantMap params() const override { return m_params; }
    bool isFitted() const override { return !m_net.is_empty() && m_fitted; }
    bool partialFitUsable() const override { return !m_net.is_empty() && m_epochsDone > 0; }

    Status fit(const MlData& train, const MlData* valid, FitContext& ctx) override
    {
        try {
            return fitImpl(train, valid, ctx);
        } catch (const std::exception& e) {
            return Status::failure(Tr::tr("Training the neural network failed: %1").arg(QString::fromUtf8(e.what())));
        }
    }

    Result<Prediction> predict(const Matrix& x) const override
    {
        if (m_net.is_empty())
            return Result<Prediction>::failure(Tr::tr("The model has not been trained."));
        if (x.cols() != m_inputs)
            return Result<Prediction>::failure(
                Tr::tr("The model expects %1 features but got %2.").arg(m_inputs).arg(x.cols()));
        try {
            std::optional<CpuThreadLayout> threads;
            if (m_device.is_cpu())
                threads.emplace(m_threads);
            torch::NoGradGuard noGrad;
            m_net->eval();
            const Eigen::Index n = x.rows();
            const Eigen::Index block = 65536;
            Eigen::MatrixXd out(n, m_outputs);
            for (Eigen::Index start = 0; start < n; start += block) {
                const Eigen::Index len = std::min(block, n - start);
                copyOutputs(m_net->forward(toTensor(x.middleRows(start, len)).to(m_device)), &out, start);
            }
            Prediction p = toPrediction(std::move(out));
            return p;
        } catch (const std::exception& e) {
            return Result<Prediction>::failure(Tr::tr("Prediction failed: %1").arg(QString::fromUtf8(e.what())));
        }
    }

    Result<QByteArray> serialize() const override
    {
        if (m_net.is_empty())
            return Result<QByteArray>::failure(Tr::tr("The model has not been trained."));
        try {
            std::ostringstream stream;
            torch::serialize::OutputArchive archive;
            m_net->save(archive);
            archive.save_to(stream);
            const std::string bytes = stream.str();
            QJsonObject o;
            o.insert(QStringLiteral("format"), QStringLiteral("ppstudio-mlp-1"));
            o.insert(QStringLiteral("task"), taskName(m_task));
            o.insert(QStringLiteral("inputs"), m_inputs);
            o.insert(QStringLiteral("outputs"), m_outputs);
            o.insert(QStringLiteral("y_mean"), m_yMean);
            o.insert(QStringLiteral("y_std"), m_yStd);
            o.insert(QStringLiteral("epochs_done"), m_epochsDone);
            o.insert(QStringLiteral("params"), QJsonObject::fromVariantMap(m_params));
            o.insert(QStringLiteral("state_dict"),
                     QString::fromLatin1(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toBase64()));
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        } catch (const std::exception& e) {
            return Result<QByteArray>::failure(Tr::tr("Saving the network failed: %1").arg(QString::fromUtf8(e.what())));
        }
    }

    Status deserialize(const QByteArray& bytes) override
    {
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        if (o.value(QStringLiteral("format")).toString() != QLatin1String("ppstudio-mlp-1"))
            return Status::failure(Tr::tr("This is not a saved neural-network model."));
        try {
            m_inputs = o.value(QStringLiteral("inputs")).toInt();
            m_outputs = o.value(QStringLiteral("outputs")).toInt();
            m_yMean = o.value(QStringLiteral("y_mean")).toDouble();
            m_yStd = o.value(QStringLiteral("y_std")).toDouble(1.0);
            m_epochsDone = o.value(QStringLiteral("epochs_done")).toInt();
            m_device = torch::kCPU;
            buildNet();
            const QByteArray raw = QByteArray::fromBase64(o.value(QStringLiteral("state_dict")).toString().toLatin1());
            std::istringstream stream(std::string(raw.constData(), static_cast<std::size_t>(raw.size())));
            torch::serialize::InputArchive archive;
            archive.load_from(stream, torch::Device(torch::kCPU));  // trained on CUDA or not
            m_net->load(archive);
            m_fitted = true;
            return Status(Unit{});
        } catch (const std::exception& e) {
            return Status::failure(Tr::tr("Loading the network failed: %1").arg(QString::fromUtf8(e.what())));
        }
    }

private:
    /// The network's outputs for rows start.. of `out` (probabilities for classification,
    /// standardised values for regression), as double.
    void copyOutputs(torch::Tensor y, Eigen::MatrixXd* out, Eigen::Index start) const
    {
        if (m_task == Task::Multilabel)
            y = torch::sigmoid(y);
        else if (m_task != Task::Regression)
            y = torch::softmax(y, 1);
        y = y.to(torch::kCPU).to(torch::kFloat64).contiguous();
        const double* d = y.data_ptr<double>();
        const int outputs = m_outputs;
        const auto len = static_cast<Eigen::Index>(y.size(0));
        for (Eigen::Index i = 0; i < len; ++i)
            for (int j = 0; j < outputs; ++j)
                (*out)(start + i, j) = d[i * outputs + j];
    }

    /// The prediction from copyOutputs()'s matrix: what predict() returns.
    Prediction toPrediction(Eigen::MatrixXd out) const
    {
        Prediction p;
        p.task = m_task;
        const Eigen::Index n = out.rows();
        if (m_task == Task::Regression) {
            p.value = out.col(0).array() * m_yStd + m_yMean;
        } else if (m_task == Task::Multilabel) {
            p.labels = (out.array() >= 0.5).cast<double>();
            p.value = Vector::Zero(n);
            p.proba = std::move(out);
        } else {
            p.value.resize(n);
            for (Eigen::Index i = 0; i < n; ++i) {
                Eigen::Index arg;
                out.row(i).maxCoeff(&arg);
                p.value[i] = static_cast<double>(arg);
            }
            p.proba = std::move(out);
        }
        return p;
    }

    void buildNet()
    {
        m_net = MlpNet(m_inputs, intList(m_params.value(QStringLiteral("hidden"))), m_outputs,
                       m_params.value(QStringLiteral("activation")).toString().toStdString(),
                       m_params.value(QStringLiteral("dropout")).toDouble(),
                       m_params.value(QStringLiteral("batch_norm")).toBool());
        m_net->to(m_device);
    }

    torch::Tensor targets(const MlData& d) const
    {
        if (m_task == Task::Regression) {
            Matrix y = ((d.y.col(0).array() - m_yMean) / m_yStd).matrix();
            return toTensor(y).to(m_device);
        }
        if (m_task == Task::Multilabel) {
            Matrix y = d.y;
            return toTensor(y).to(m_device);
        }
        torch::Tensor t = torch::empty({d.y.rows()}, torch::kInt64);
        auto* p = t.data_ptr<int64_t>();
        for (Eigen::Index i = 0; i < d.y.rows(); ++i)
            p[i] = static_cast<int64_t>(d.y(i, 0));
        return t.to(m_device);
    }

    enum class RegressionLoss { Mse, Mae, Huber };

    RegressionLoss regressionLoss() const
    {
        const QString l = m_params.value(QStringLiteral("loss")).toString();
        return l == QLatin1String("mae") ? RegressionLoss::Mae
                                         : (l == QLatin1String("huber") ? RegressionLoss::Huber : RegressionLoss::Mse);
    }

    torch::Tensor loss(const torch::Tensor& out, const torch::Tensor& y, const torch::Tensor& w) const
    {
        if (m_task == Task::Regression) {
            if (!w.defined() && m_regressionLoss == RegressionLoss::Mse)
                return torch::mse_loss(out, y);  // one op forward and backward
            torch::Tensor e;
            if (m_regressionLoss == RegressionLoss::Mae)
                e = torch::abs(out - y);
            else if (m_regressionLoss == RegressionLoss::Huber)
                e = torch::nn::functional::huber_loss(out, y, torch::nn::functional::HuberLossFuncOptions().reduction(torch::kNone));
            else
                e = (out - y).pow(2);
            if (w.defined())
                return (e.squeeze(1) * w).sum() / w.sum();
            return e.mean();
        }
        if (m_task == Task::Multilabel) {
            return torch::binary_cross_entropy_with_logits(out, y);
        }
        auto opts = torch::nn::functional::CrossEntropyFuncOptions();
        if (m_classWeights.defined())
            opts = opts.weight(m_classWeights);
        if (w.defined()) {
            torch::Tensor e = torch::nn::functional::cross_entropy(out, y, opts.reduction(torch::kNone));
            return (e * w).sum() / w.sum();
        }
        return torch::nn::functional::cross_entropy(out, y, opts);
    }

    // Loss in the units a user reads: regression MSE/MAE in the target's units.
    double reportedLoss(double modelLoss) const
    {
        if (m_task != Task::Regression)
            return modelLoss;
        const QString l = m_params.value(QStringLiteral("loss")).toString();
        if (l == QLatin1String("mse"))
            return modelLoss * m_yStd * m_yStd;
        if (l == QLatin1String("mae"))
            return modelLoss * m_yStd;
        return modelLoss;
    }

    /// The loss over (x, y, w) in eval mode, in batches; with `outputs`, also the network's
    /// outputs for every row (see copyOutputs), from the same forward passes.
    double evaluateLoss(const torch::Tensor& x, const torch::Tensor& y, const torch::Tensor& w, int64_t batch,
                        Eigen::MatrixXd* outputs = nullptr)
    {
        torch::NoGradGuard noGrad;
        m_net->eval();
        const int64_t n = x.size(0);
        if (outputs)
            outputs->resize(n, m_outputs);
        double total = 0.0;
        double weightSum = 0.0;
        for (int64_t s = 0; s < n; s += batch) {
            const int64_t e = std::min(n, s + batch);
            const torch::Tensor xb = x.slice(0, s, e);
            const torch::Tensor yb = y.slice(0, s, e);
            const torch::Tensor wb = w.defined() ? w.slice(0, s, e) : torch::Tensor();
            const torch::Tensor out = m_net->forward(xb);
            const double part = loss(out, yb, wb).item<double>();
            const double weight = wb.defined() ? wb.sum().item<double>() : static_cast<double>(e - s);
            total += part * weight;
            weightSum += weight;
            if (outputs)
                copyOutputs(out, outputs, static_cast<Eigen::Index>(s));
        }
        return weightSum > 0 ? total / weightSum : 0.0;
    }

    Status fitImpl(const MlData& train, const MlData* valid, FitContext& ctx)
    {
        QElapsedTimer timer;
        timer.start();
        if (train.rows() == 0)
            return Status::failure(Tr::tr("There are no training rows."));
        m_device = ctx.device == QLatin1String("cuda") ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
        m_threads = ctx.threads;
        std::optional<CpuThreadLayout> threads;
        if (m_device.is_cpu())
            threads.emplace(m_threads);
        else
            setTorchThreads(ctx.threads);
        m_regressionLoss = regressionLoss();
        const quint64 seed = static_cast<quint64>(m_params.value(QStringLiteral("seed")).toLongLong());
        torch::manual_seed(seed);
        if (m_device.is_cuda())
            torch::cuda::manual_seed_all(seed);

        m_inputs = static_cast<int>(train.features());
        if (m_task == Task::Regression) {
            m_outputs = 1;
            const auto y = train.y.col(0).array();
            m_yMean = y.mean();
            const double var = train.rows() > 1 ? (y - m_yMean).square().sum() / static_cast<double>(train.rows()) : 0.0;
            m_yStd = var > 0 ? std::sqrt(var) : 1.0;
        } else if (m_task == Task::Multilabel) {
            m_outputs = static_cast<int>(train.y.cols());
        } else {
            m_outputs = std::max(2, train.classCount());
        }
        buildNet();
        m_classWeights = torch::Tensor();
        if (isClassification(m_task) && m_params.value(QStringLiteral("class_weight")).toString() == QLatin1String("balanced")) {
            std::vector<double> counts(static_cast<std::size_t>(m_outputs), 0.0);
            for (Eigen::Index i = 0; i < train.rows(); ++i)
                counts[static_cast<std::size_t>(train.y(i, 0))] += 1.0;
            torch::Tensor cw = torch::empty({m_outputs}, torch::kFloat32);
            for (int c = 0; c < m_outputs; ++c)
                cw[c] = counts[static_cast<std::size_t>(c)] > 0
                    ? static_cast<double>(train.rows()) / (m_outputs * counts[static_cast<std::size_t>(c)])
                    : 0.0;
            m_classWeights = cw.to(m_device);
        }

        const torch::Tensor x = toTensor(train.x).to(m_device);
        const torch::Tensor y = targets(train);
        torch::Tensor w;
        if (!train.weight.empty()) {
            w = torch::from_blob(const_cast<double*>(train.weight.data()), {static_cast<int64_t>(train.weight.size())},
                                 torch::kFloat64).to(torch::kFloat32).to(m_device);
        }
        torch::Tensor vx, vy, vw;
        const bool hasValid = valid && valid->rows() > 0;
        EpochMetrics validMetrics;
        Eigen::MatrixXd validOutputs;
        if (hasValid) {
            validMetrics = EpochMetrics(m_task, *valid);
            vx = toTensor(valid->x).to(m_device);
            vy = targets(*valid);
            if (!valid->weight.empty())
                vw = torch::from_blob(const_cast<double*>(valid->weight.data()),
                                      {static_cast<int64_t>(valid->weight.size())}, torch::kFloat64)
                         .to(torch::kFloat32)
                         .to(m_device);
        }

        const QString optName = m_params.value(QStringLiteral("optimizer")).toString();
        const double lr = m_params.value(QStringLiteral("lr")).toDouble();
        const double wd = m_params.value(QStringLiteral("weight_decay")).toDouble();
        const std::vector<torch::Tensor> parameters = m_net->parameters();
        std::unique_ptr<torch::optim::Optimizer> opt;
        std::optional<FusedAdam> fusedAdam;
        if (optName != QLatin1String("sgd") && FusedAdam::supports(parameters))
            fusedAdam.emplace(parameters, lr, wd, optName == QLatin1String("adamw"));
        else if (optName == QLatin1String("sgd"))
            opt = std::make_unique<torch::optim::SGD>(
                m_net->parameters(),
                torch::optim::SGDOptions(lr).momentum(m_params.value(QStringLiteral("momentum")).toDouble()).weight_decay(wd));
        else if (optName == QLatin1String("adamw"))
            opt = std::make_unique<torch::optim::AdamW>(m_net->parameters(), torch::optim::AdamWOptions(lr).weight_decay(wd));
        else
            opt = std::make_unique<torch::optim::Adam>(m_net->parameters(), torch::optim::AdamOptions(lr).weight_decay(wd));

        const int epochs = m_params.value(QStringLiteral("epochs")).toInt();
        const int patience = m_params.value(QStringLiteral("patience")).toInt();
        const int64_t batch = m_params.value(QStringLiteral("batch_size")).toInt();
        const QString schedule = m_params.value(QStringLiteral("schedule")).toString();
        const int64_t n = x.size(0);
        const bool batchNorm = m_params.value(QStringLiteral("batch_norm")).toBool();
        auto generator = at::detail::createCPUGenerator(seed);
        // Each epoch's shuffled copy of the data, so that batches are contiguous slices.
        torch::Tensor xs = torch::empty_like(x), ys = torch::empty_like(y), ws = w.defined() ? torch::empty_like(w) : w;

        double best = std::numeric_limits<double>::infinity();
        int sinceBest = 0;
        int plateau = 0;
        double currentLr = lr;
        std::ostringstream bestState;
        bool haveBest = false;
        m_epochsDone = 0;
        m_fitted = false;

        for (int epoch = 1; epoch <= epochs; ++epoch) {
            if (ctx.job && !ctx.job->waitWhilePaused())
                break;
            if (isCancelled(ctx.job))
                break;
            m_net->train();
            const torch::Tensor order = torch::randperm(n, generator, torch::TensorOptions().dtype(torch::kInt64)).to(m_device);
            torch::index_select_out(xs, x, 0, order);
            torch::index_select_out(ys, y, 0, order);
            if (w.defined())
                torch::index_select_out(ws, w, 0, order);
            // The loss is summed on the device: no host sync per batch.
            torch::Tensor sum = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat64).device(m_device));
            double weightSum = 0.0;
            bool cancelled = false;
            for (int64_t s = 0; s < n; s += batch) {
                const int64_t e = std::min(n, s + batch);
                if (e - s < 2 && batchNorm)
                    continue;  // batch norm needs two rows
                const torch::Tensor xb = xs.slice(0, s, e);
                const torch::Tensor yb = ys.slice(0, s, e);
                const torch::Tensor wb = w.defined() ? ws.slice(0, s, e) : torch::Tensor();
                for (auto& p : parameters)
                    p.mutable_grad().reset();  // backward then writes the gradients instead of adding to zeros
                torch::Tensor l = loss(m_net->forward(xb), yb, wb);
                l.backward();
                if (fusedAdam)
                    fusedAdam->step();
                else
                    opt->step();
                const double bw = static_cast<double>(e - s);
                sum.add_(l.detach(), bw);
                weightSum += bw;
                if (((s / batch) & 63) == 63 && isCancelled(ctx.job)) {
                    cancelled = true;
                    break;
                }
                reportProgress(ctx.job, (static_cast<double>(epoch - 1) + static_cast<double>(e) / static_cast<double>(n))
                                            / static_cast<double>(epochs));
            }
            if (cancelled)
                break;
            m_epochsDone = epoch;
            EpochRecord rec;
            rec.epoch = epoch;
            rec.trainLoss = reportedLoss(weightSum > 0 ? sum.item<double>() / weightSum : 0.0);
            double monitored = rec.trainLoss;
            if (hasValid) {
                const double vl = evaluateLoss(vx, vy, vw, std::max<int64_t>(batch, 4096), &validOutputs);
                rec.validLoss = reportedLoss(vl);
                // R²/MAE or accuracy/F1 of this epoch's network, as predict() would decide.
                validMetrics.fromPrediction(toPrediction(std::move(validOutputs)), &rec.metrics);
                monitored = rec.validLoss;
            }
            rec.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            if (ctx.onEpoch)
                ctx.onEpoch(rec);

            // Early stopping and "best weights" on the validation loss.
            if (monitored < best - 1e-12 * std::fabs(best)) {
                best = monitored;
                sinceBest = 0;
                plateau = 0;
                if (hasValid && patience > 0) {
                    bestState.str(std::string());
                    torch::serialize::OutputArchive archive;
                    m_net->save(archive);
                    archive.save_to(bestState);
                    haveBest = true;
                }
            } else {
                ++sinceBest;
                ++plateau;
            }
            if (hasValid && patience > 0 && sinceBest >= patience)
                break;

            // Learning-rate schedule.
            double next = currentLr;
            if (schedule == QLatin1String("step")) {
                const int stepEvery = std::max(1, epochs / 3);
                next = lr * std::pow(0.5, epoch / stepEvery);
            } else if (schedule == QLatin1String("cosine")) {
                next = 0.5 * lr * (1.0 + std::cos(M_PI * epoch / epochs));
            } else if (schedule == QLatin1String("plateau") && plateau >= std::max(2, patience / 2)) {
                next = currentLr * 0.5;
                plateau = 0;
            }
            if (next != currentLr) {
                currentLr = next;
                if (fusedAdam)
                    fusedAdam->setLr(currentLr);
                else
                    for (auto& group : opt->param_groups())
                        group.options().set_lr(currentLr);
            }
        }
        if (haveBest) {
            std::istringstream in(bestState.str());
            torch::serialize::InputArchive archive;
            archive.load_from(in);
            m_net->load(archive);
        }
        if (isCancelled(ctx.job))
            return Status::cancelledResult();
        m_fitted = true;
        reportProgress(ctx.job, 1.0);
        return Status(Unit{});
    }

    Task m_task;
    QVariantMap m_params;
    mutable MlpNet m_net{nullptr};  // eval()/forward() are non-const in LibTorch
    torch::Device m_device{torch::kCPU};
    torch::Tensor m_classWeights;
    int m_inputs = 0;
    int m_outputs = 1;
    double m_yMean = 0.0;
    double m_yStd = 1.0;
    int m_epochsDone = 0;
    int m_threads = 0;  ///< threads of the last fit (0 = all cores)
    RegressionLoss m_regressionLoss = RegressionLoss::Mse;
    bool m_fitted = false;
};

} // namespace

Result<std::unique_ptr<Model>> createMlpModel(Task task, const QVariantMap& params)
{
    return std::unique_ptr<Model>(std::make_unique<MlpModel>(task, params));
}

} // namespace pp::nn
