#include "models/pipeline_step_model.h"

#include "icons.h"
#include "pipeline_document.h"

#include <QApplication>
#include <QFont>
#include <QMimeData>
#include <QPalette>

namespace pp {

namespace {

const QString kMimeType = QStringLiteral("application/x-ppstudio-pipeline-step");

} // namespace

PipelineStepModel::PipelineStepModel(PipelineDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connectDocument();
}

void PipelineStepModel::connectDocument()
{
    // Descriptions and errors of a preview describe the steps as they were: any structural
    // change drops them until the next preview.
    auto forget = [this]() {
        m_fitted.clear();
        m_errorStep = -1;
        m_error.clear();
    };
    connect(m_document, &PipelineDocument::stepAboutToBeInserted, this, [this, forget](int i) {
        beginInsertRows(QModelIndex(), i, i);
        forget();
    });
    connect(m_document, &PipelineDocument::stepInserted, this, [this]() {
        endInsertRows();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1)); // the numbers in front moved
    });
    connect(m_document, &PipelineDocument::stepAboutToBeRemoved, this, [this, forget](int i) {
        beginRemoveRows(QModelIndex(), i, i);
        forget();
    });
    connect(m_document, &PipelineDocument::stepRemoved, this, [this]() {
        endRemoveRows();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
    connect(m_document, &PipelineDocument::stepAboutToBeMoved, this, [this, forget](int from, int to) {
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
        forget();
    });
    connect(m_document, &PipelineDocument::stepMoved, this, [this]() {
        endMoveRows();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
    connect(m_document, &PipelineDocument::aboutToBeReset, this, [this, forget]() {
        beginResetModel();
        forget();
    });
    connect(m_document, &PipelineDocument::reset, this, [this]() { endResetModel(); });
    connect(m_document, &PipelineDocument::stepChanged, this, [this](int i) {
        if (i < m_fitted.size())
            m_fitted[i].clear();
        Q_EMIT dataChanged(index(i), index(i));
    });
}

void PipelineStepModel::setFittedDescriptions(const QStringList& descriptions)
{
    m_fitted = descriptions;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::ToolTipRole, DescriptionRole });
}

void PipelineStepModel::setError(int step, const QString& message)
{
    const int old = m_errorStep;
    m_errorStep = step;
    m_error = message;
    for (const int row : { old, step })
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row), index(row));
}

int PipelineStepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_document->stepCount();
}

QVariant PipelineStepModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_document->stepCount())
        return QVariant();
    const int i = index.row();
    const bool enabled = m_document->isEnabled(i);
    auto description = [&]() {
        if (i < m_fitted.size() && !m_fitted.at(i).isEmpty())
            return m_fitted.at(i);
        return m_document->describe(i);
    };
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(i + 1).arg(m_document->displayName(i));
    case Qt::CheckStateRole:
        return enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QString tip = description().toHtmlEscaped();
        if (!enabled)
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("Disabled: the pipeline skips this step.").toHtmlEscaped());
        if (i == m_errorStep)
            tip += QStringLiteral("<br><b style=\"color:#b00020\">%1</b>").arg(m_error.toHtmlEscaped());
        return tip;
    }
    case Qt::DecorationRole:
        return i == m_errorStep ? icons::named("warning") : QVariant();
    case Qt::ForegroundRole:
        if (!enabled)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (i == m_errorStep)
            return QColor(0xb0, 0x00, 0x20);
        return QVariant();
    case Qt::FontRole:
        if (!enabled) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    case KindRole:
        return m_document->kind(i);
    case DescriptionRole:
        return description();
    case ErrorRole:
        return i == m_errorStep ? m_error : QString();
    default:
        return QVariant();
    }
}

bool PipelineStepModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    m_document->setStepEnabled(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags PipelineStepModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
}

QStringList PipelineStepModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData* PipelineStepModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kMimeType, QByteArray::number(indexes.first().row()));
    return mime;
}

bool PipelineStepModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&) const
{
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction;
}

bool PipelineStepModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(kMimeType).toInt(&ok);
    if (!ok)
        return false;
    // Dropped on an item: before it; in the empty space below: at the end.
    const int destination = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    moveRows(QModelIndex(), from, 1, QModelIndex(), destination);
    // The move is done (undoably); false keeps the view from removing the dragged row too.
    return false;
}

bool PipelineStepModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount())
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow || to < 0 || to >= rowCount())
        return false;
    m_document->moveStep(sourceRow, to);
    return true;
}

} // namespace pp
