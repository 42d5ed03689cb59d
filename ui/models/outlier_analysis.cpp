#include "models/outlier_analysis.h"

#include "format.h"
#include "stats/histogram.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::OutlierAnalysis)
};

QString number(double v) { return QLocale().toString(v, 'g', 6); }

} // namespace

QString OutlierSettings::key() const
{
    QStringList parts{outlierMethodName(method)};
    switch (method) {
    case OutlierMethod::Iqr:
        parts << QString::number(iqrK, 'g', 17);
        break;
    case OutlierMethod::ZScore:
        parts << QString::number(zThreshold, 'g', 17);
        break;
    case OutlierMethod::ModifiedZScore:
        parts << QString::number(madThreshold, 'g', 17);
        break;
    case OutlierMethod::IsolationForest:
        parts << QString::number(trees) << QString::number(sampleSize) << QString::number(seed)
              << (useScoreThreshold ? QStringLiteral("t") + QString::number(scoreThreshold, 'g', 17)
                                    : QStringLiteral("c") + QString::number(contamination, 'g', 17));
        break;
    }
    for (const int c : columns)
        parts << QString::number(c);
    return parts.join(QLatin1Char('/'));
}

QString OutlierSettings::describe() const
{
    switch (method) {
    case OutlierMethod::Iqr:
        return Tr::tr("IQR × %1").arg(number(iqrK));
    case OutlierMethod::ZScore:
        return Tr::tr("|z| > %1").arg(number(zThreshold));
    case OutlierMethod::ModifiedZScore:
        return Tr::tr("modified |z| (MAD) > %1").arg(number(madThreshold));
    case OutlierMethod::IsolationForest:
        return useScoreThreshold
                   ? Tr::tr("Isolation Forest, %1 trees, score > %2").arg(trees).arg(number(scoreThreshold))
                   : Tr::tr("Isolation Forest, %1 trees, %2 contamination").arg(trees).arg(fmt::percent(contamination, 2));
    }
    return QString();
}

Result<OutlierAnalysis> analyzeOutliers(const Table& table, const OutlierSettings& settings, JobControl* job)
{
    using R = Result<OutlierAnalysis>;
    if (settings.columns.empty())
        return R::failure(Tr::tr("Choose at least one numeric column."));
    OutlierAnalysis out;
    out.settings = settings;
    out.rows = static_cast<qint64>(table.rowCount());
    auto flags = std::make_shared<std::vector<std::uint8_t>>(table.rowCount(), 0);
    if (settings.method == OutlierMethod::IsolationForest) {
        IsolationForestOptions options;
        options.trees = settings.trees;
        options.sampleSize = settings.sampleSize;
        options.seed = settings.seed;
        options.contamination = settings.contamination;
        options.threshold = settings.useScoreThreshold ? settings.scoreThreshold : -1.0;
        Result<ForestOutliers> forest = forestOutliers(table, settings.columns, options, job);
        if (!forest.ok())
            return forest.cancelled() ? R::cancelledResult() : R::failure(forest.error().message);
        ForestOutliers f = forest.take();
        out.columnNames = f.names;
        if (!f.scores.empty()) {
            const auto [lo, hi] = std::minmax_element(f.scores.begin(), f.scores.end());
            const stats::OuterEdges outer = stats::outerEdges(std::min(*lo, f.threshold), std::max(*hi, f.threshold),
                                                              f.scores.size());
            out.scoreEdges = stats::equalWidthBinEdges(outer.first, outer.last, 50);
            out.scoreCounts = stats::histogramCounts(f.scores.data(), f.scores.size(), out.scoreEdges);
        }
        out.threshold = f.threshold;
        out.imputedRows = f.imputedRows;
        out.flaggedRows = f.flagged;
        *flags = std::move(f.flags);
    } else {
        OutlierOptions options;
        options.method = settings.method;
        options.iqrK = settings.iqrK;
        options.zThreshold = settings.zThreshold;
        options.madThreshold = settings.madThreshold;
        Result<std::vector<ColumnOutliers>> result = tableOutliers(table, settings.columns, options, job);
        if (!result.ok())
            return result.cancelled() ? R::cancelledResult() : R::failure(result.error().message);
        out.perColumn = result.take();
        for (ColumnOutliers& c : out.perColumn) {
            out.columnNames << c.name;
            for (std::size_t r = 0; r < c.flags.size() && r < flags->size(); ++r)
                (*flags)[r] |= c.flags[r];
            c.flags = std::vector<std::uint8_t>();  // the union is all the view needs
        }
        out.flaggedRows = std::count(flags->begin(), flags->end(), std::uint8_t{1});
    }
    out.rowFlags = std::move(flags);
    return out;
}

bool outlierActionAvailable(const OutlierSettings& settings, OutlierAction action, QString* why)
{
    QString reason;
    if (settings.method == OutlierMethod::IsolationForest && action == OutlierAction::Clip)
        reason = Tr::tr("An Isolation Forest scores whole rows, not values: there are no bounds to clip "
                        "at. Drop or flag the rows instead.");
    else if (settings.columns.empty())
        reason = Tr::tr("Choose at least one numeric column.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

QJsonObject outlierStepJson(const Table& table, const OutlierSettings& settings, OutlierAction action,
                            const OutlierAnalysis* analysis)
{
    if (!outlierActionAvailable(settings, action))
        return QJsonObject();
    QJsonArray columns;
    for (const int c : settings.columns)
        if (c >= 0 && static_cast<std::size_t>(c) < table.columnCount())
            columns.append(table.column(static_cast<std::size_t>(c)).name());
    QJsonObject params{{QStringLiteral("columns"), columns}};
    QString kind;
    if (settings.method == OutlierMethod::IsolationForest) {
        kind = action == OutlierAction::Flag ? QStringLiteral("iforest_flag") : QStringLiteral("iforest_drop");
        double contamination = settings.contamination;
        if (settings.useScoreThreshold && analysis && analysis->rows > 0)
            contamination = static_cast<double>(analysis->flaggedRows) / static_cast<double>(analysis->rows);
        params.insert(QStringLiteral("contamination"), std::clamp(contamination, 0.0001, 0.5));
        params.insert(QStringLiteral("trees"), settings.trees);
        params.insert(QStringLiteral("sample_size"), settings.sampleSize);
        // The view's seed: fitted on the same rows, the step grows the view's forest.
        params.insert(QStringLiteral("seed"),
                      static_cast<qint64>(std::min<quint64>(settings.seed, std::numeric_limits<int>::max())));
    } else {
        kind = action == OutlierAction::Drop   ? QStringLiteral("drop_outliers")
               : action == OutlierAction::Clip ? QStringLiteral("clip_outliers")
                                               : QStringLiteral("flag_outliers");
        if (settings.method == OutlierMethod::Iqr) {
            params.insert(QStringLiteral("method"), QStringLiteral("iqr"));
            params.insert(QStringLiteral("k"), settings.iqrK);
        } else if (settings.method == OutlierMethod::ModifiedZScore) {
            params.insert(QStringLiteral("method"), QStringLiteral("mad"));
            params.insert(QStringLiteral("mad_threshold"), settings.madThreshold);
        } else {
            params.insert(QStringLiteral("method"), QStringLiteral("zscore"));
            params.insert(QStringLiteral("threshold"), settings.zThreshold);
        }
    }
    return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("params"), params}};
}

} // namespace pp
