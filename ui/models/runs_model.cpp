#include "runs_model.h"

#include "format.h"
#include "ml/model.h"
#include "models/table_model.h"
#include "stored_run.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace pp {

namespace {

QDateTime parseTime(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t;
}

double metricValue(const QJsonObject& metrics, const QString& key)
{
    const QJsonValue v = metrics.value(key);
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QString metricText(double v)
{
    if (std::isnan(v))
        return TableModel::missingText();
    // Four decimals compare well down a column; large errors (RMSE in money) need fewer.
    return std::abs(v) < 1000 ? QLocale().toString(v, 'f', 4) : fmt::number(v);
}

} // namespace

RunsModel::RunsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunsModel::setRuns(std::vector<store::RunInfo> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_keyMetrics.clear();
    for (const store::RunInfo& r : m_runs)
        m_keyMetrics.push_back(StoredRun::keyMetrics(r.metrics));
    endResetModel();
}

const store::RunInfo* RunsModel::runAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_runs.size()) ? &m_runs[static_cast<std::size_t>(row)] : nullptr;
}

int RunsModel::rowOfRun(qint64 runId) const
{
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == runId)
            return static_cast<int>(i);
    return -1;
}

QString RunsModel::metricKey(int field)
{
    switch (field) {
    case R2Field: return QStringLiteral("r2");
    case RmseField: return QStringLiteral("rmse");
    case MaeField: return QStringLiteral("mae");
    case AccuracyField: return QStringLiteral("accuracy");
    case F1Field: return QStringLiteral("f1_macro");
    case RocAucField: return QStringLiteral("roc_auc");
    default: return QString();
    }
}

QString RunsModel::metricDisplayName(const QString& key)
{
    for (int f = R2Field; f <= RocAucField; ++f)
        if (metricKey(f) == key)
            return fieldTitle(f);
    return key;
}

QStringList RunsModel::statuses()
{
    return {QStringLiteral("done"), QStringLiteral("running"), QStringLiteral("stopped"), QStringLiteral("failed"),
            QStringLiteral("interrupted")};
}

QString RunsModel::statusDisplayName(const QString& status)
{
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("stopped"))
        return tr("Stopped");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("interrupted"))
        return tr("Interrupted");
    return status;
}

QColor RunsModel::statusColor(const QString& status)
{
    if (status == QLatin1String("done"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("running"))
        return QColor(0x15, 0x65, 0xc0);
    if (status == QLatin1String("stopped"))
        return QColor(0xb2, 0x6a, 0x00);
    if (status == QLatin1String("failed"))
        return QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("interrupted"))
        return QColor(0x8e, 0x24, 0xaa);
    return QColor(Qt::gray);
}

QString RunsModel::modelDisplayName(const QString& kind)
{
    const ModelInfo* info = ModelRegistry::instance().find(kind);
    return info && info->displayName ? info->displayName() : kind;
}

int RunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : FieldCount; }

QVariant RunsModel::value(const store::RunInfo& run, int field) const
{
    switch (field) {
    case IdField: return run.id;
    case NameField: return run.name;
    case ModelField: return modelDisplayName(run.model);
    case DatasetField: return run.datasetName;
    case StatusField: return run.status;
    case StartedField: return run.started;
    case DurationField: {
        const QDateTime a = parseTime(run.started), b = parseTime(run.finished);
        return a.isValid() && b.isValid() ? QVariant(double(a.msecsTo(b))) : QVariant();
    }
    case NoteField: return run.note;
    default: {
        const auto row = static_cast<std::size_t>(&run - m_runs.data());
        const double v = metricValue(m_keyMetrics[row], metricKey(field));
        return std::isnan(v) ? QVariant() : QVariant(v);
    }
    }
}

QVariant RunsModel::data(const QModelIndex& index, int role) const
{
    const store::RunInfo* run = index.isValid() ? runAt(index.row()) : nullptr;
    if (!run)
        return QVariant();
    const int field = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(*run, field);
        switch (field) {
        case ModelField:
        case NameField:
        case DatasetField:
        case NoteField: return v.toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        case StatusField: return statusDisplayName(run->status);
        case StartedField: {
            const QDateTime t = parseTime(run->started);
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : run->started;
        }
        case DurationField: return v.isValid() ? fmt::duration(static_cast<qint64>(v.toDouble())) : TableModel::missingText();
        case IdField: return v;
        default: return metricText(v.isValid() ? v.toDouble() : std::nan(""));
        }
    }
    case Qt::ToolTipRole:
        if (field == StatusField) {
            if (run->status == QLatin1String("interrupted"))
                return tr("The program training this run ended before it finished (a crash or a kill). "
                          "The curve up to that point is kept.");
            if (run->status == QLatin1String("failed") && !run->error.isEmpty())
                return run->error;
            return statusDisplayName(run->status);
        }
        if (field == NoteField || field == NameField)
            return value(*run, field).toString();
        if (!metricKey(field).isEmpty()) {
            const QJsonObject& m = m_keyMetrics[static_cast<std::size_t>(index.row())];
            return m == run->metrics.value(QStringLiteral("test")).toObject() ? tr("On the test rows")
                                                                               : tr("On the validation rows");
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (field == StatusField)
            return statusColor(run->status);
        if (!metricKey(field).isEmpty() && !value(*run, field).isValid())
            return TableModel::missingColor();
        if (field == DurationField && !value(*run, field).isValid())
            return TableModel::missingColor();
        return QVariant();
    case Qt::TextAlignmentRole:
        if (field == IdField || field == DurationField || !metricKey(field).isEmpty())
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case static_cast<int>(RunsRole::RunId): return run->id;
    case static_cast<int>(RunsRole::SortValue): {
        const QVariant v = value(*run, field);
        if (field == ModelField || field == NameField || field == DatasetField || field == NoteField)
            return v.toString().toLower();
        if (field == StatusField)
            return statusDisplayName(run->status);
        return v;
    }
    case static_cast<int>(RunsRole::Status): return run->status;
    case static_cast<int>(RunsRole::ModelKind): return run->model;
    case static_cast<int>(RunsRole::DatasetName): return run->datasetName;
    case static_cast<int>(RunsRole::Missing): return !value(*run, field).isValid();
    default: return QVariant();
    }
}

QString RunsModel::fieldTitle(int field)
{
    switch (field) {
    case IdField: return tr("#");
    case NameField: return tr("Run");
    case ModelField: return tr("Model");
    case DatasetField: return tr("Data set");
    case StatusField: return tr("Status");
    case StartedField: return tr("Started");
    case DurationField: return tr("Duration");
    case R2Field: return tr("R²");
    case RmseField: return tr("RMSE");
    case MaeField: return tr("MAE");
    case AccuracyField: return tr("Accuracy");
    case F1Field: return tr("F1 (macro)");
    case RocAucField: return tr("ROC AUC");
    case NoteField: return tr("Note");
    default: return QString();
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole)
        return fieldTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case R2Field: return tr("Coefficient of determination (regression; 1 is perfect)");
        case RmseField: return tr("Root mean squared error (regression; lower is better)");
        case MaeField: return tr("Mean absolute error (regression; lower is better)");
        case AccuracyField: return tr("Share of rows classified correctly (classification)");
        case F1Field: return tr("F1 score averaged over classes (classification)");
        case RocAucField: return tr("Area under the ROC curve (classification; 0.5 is chance)");
        default: return QVariant();
        }
    }
    return QVariant();
}

// --- Filter -----------------------------------------------------------------------------------

RunsFilterModel::RunsFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(static_cast<int>(RunsRole::SortValue));
    setDynamicSortFilter(true);
}

void RunsFilterModel::setModelFilter(const QString& kind)
{
    m_model = kind;
    invalidateFilter();
}

void RunsFilterModel::setDatasetFilter(const QString& name)
{
    m_dataset = name;
    invalidateFilter();
}

void RunsFilterModel::setStatusFilter(const QString& status)
{
    m_status = status;
    invalidateFilter();
}

void RunsFilterModel::setTextFilter(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool RunsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const RunsModel*>(sourceModel());
    const store::RunInfo* run = model ? model->runAt(sourceRow) : nullptr;
    if (!run || sourceParent.isValid())
        return false;
    if (!m_model.isEmpty() && run->model != m_model)
        return false;
    if (!m_dataset.isEmpty() && run->datasetName != m_dataset)
        return false;
    if (!m_status.isEmpty() && run->status != m_status)
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack = run->name + QLatin1Char('\n') + run->note + QLatin1Char('\n') + run->model
                                 + QLatin1Char('\n') + RunsModel::modelDisplayName(run->model) + QLatin1Char('\n')
                                 + run->datasetName;
        if (!haystack.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool RunsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double || a.typeId() == QMetaType::LongLong)
        return a.toDouble() < b.toDouble();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace pp
