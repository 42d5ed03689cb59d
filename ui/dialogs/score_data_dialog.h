#pragma once

#include "data/table.h"

#include <QDialog>
#include <QLatin1String>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pp {

class ProjectSession;
class TableModel;

namespace JobKind {
inline constexpr QLatin1String ScoreData{"project-score-data"};
inline constexpr QLatin1String ExportScores{"project-export-scores"};
} // namespace JobKind

/// Score new data: pick a run's saved model and a data file; the file is imported and run
/// through the model's fitted pipeline and model (pp::scoreTable) off the GUI thread. The
/// predictions are shown with the input columns and can be saved as CSV. A file that lacks
/// a column the model needs, or has one of the wrong type, gets a message naming it.
class ScoreDataDialog : public QDialog
{
    Q_OBJECT
public:
    ScoreDataDialog(ProjectSession* project, QWidget* parent = nullptr);

    /// Selects the model of run `runId` (if it has one).
    void setRun(qint64 runId);
    qint64 runId() const;
    void setFile(const QString& path);
    QString file() const;

    /// Starts scoring (the Score button).
    void score();
    bool isScoring() const;
    /// The scored table (input columns, `predicted`, probabilities), or null.
    std::shared_ptr<const Table> result() const { return m_result; }
    /// The last error shown ("" when none).
    QString errorText() const;
    /// Writes the scored table as CSV off the GUI thread; exported()/failed() tell the end.
    void exportCsv(const QString& path);

    QComboBox* modelCombo() const { return m_models; }
    QTableView* resultView() const { return m_view; }

Q_SIGNALS:
    void scored();
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void populateModels();
    void chooseFile();
    void chooseExportFile();
    void showError(const QString& message);
    void updateButtons();

    ProjectSession* m_project;
    QComboBox* m_models;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QPushButton* m_scoreButton;
    QPushButton* m_exportButton;
    QLabel* m_status;
    QTableView* m_view;
    TableModel* m_model;
    QDialogButtonBox* m_buttons;
    std::shared_ptr<const Table> m_result;
    QString m_error;
};

} // namespace pp
