#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace pp {

class PipelineDocument;

/// The steps of a PipelineDocument as a list: "2. Clip outliers" with a check box
/// (enabled/disabled, through the undo stack), the step's description as tooltip, a warning
/// icon on the step the last preview failed at, and drag-and-drop reordering (moveRows, an
/// undoable move). The model only mirrors the document; every change goes through it.
class PipelineStepModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< QString step kind
        DescriptionRole, ///< QString describe() (fitted once previewed)
        ErrorRole, ///< QString the preview's error for this step ("" = none)
    };

    explicit PipelineStepModel(PipelineDocument* document, QObject* parent = nullptr);

    /// Descriptions with fitted values from the last preview (one per step; empty = unfitted).
    void setFittedDescriptions(const QStringList& descriptions);
    /// Marks the step the preview failed at (-1 = none) with `message`.
    void setError(int step, const QString& message);
    int errorStep() const { return m_errorStep; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
        const QModelIndex& destinationParent, int destinationChild) override;

private:
    void connectDocument();

    PipelineDocument* m_document;
    QStringList m_fitted;
    int m_errorStep = -1;
    QString m_error;
};

} // namespace pp
