#pragma once

#include "common/result.h"
#include "data/import_options.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;

namespace pp {

class JobRunner;
class TableModel;
struct ImportedTable;

/// Import options for one file, with a live preview of its first rows.
///
/// Every change of an option restarts a short debounce timer; when it fires the first
/// kPreviewRows rows are parsed off the GUI thread (JobRunner, quiet "import-preview"
/// job, superseding the previous one) and the preview, the detected settings, the
/// inferred column types and the warnings are updated. OK accepts; options() then gives
/// the options to import the whole file with.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 100;
    static constexpr int kDebounceMs = 200;

    ImportDialog(const QString& path, const ImportOptions& initial, JobRunner* jobs, QWidget* parent = nullptr);
    ~ImportDialog() override;

    const QString& path() const { return m_path; }
    /// The options as set in the dialog, for a full import (maxRows = -1).
    ImportOptions options() const;

    TableModel* previewModel() const { return m_previewModel; }
    /// A preview is scheduled or being computed.
    bool isPreviewPending() const;
    /// The detected-settings line, and the preview error ("" when none).
    QString detectedText() const;
    QString previewError() const;

Q_SIGNALS:
    /// A preview finished (successfully or not) and the dialog shows it.
    void previewUpdated();

private:
    struct Preview;

    void buildUi();
    void setOptions(const ImportOptions& options);
    void schedulePreview(int delayMs = kDebounceMs);
    void startPreview();
    void applyPreview(Preview preview);
    void updateVisibility();
    void updateTypeTable(const ImportedTable& imported);
    FileFormat effectiveFormat() const;

    QString m_path;
    JobRunner* m_jobs;
    FileFormat m_detectedFormat = FileFormat::Csv;
    bool m_loading = false;  ///< setting widgets programmatically: don't schedule previews
    bool m_previewRunning = false;
    QString m_previewError;
    QHash<QString, ColumnType> m_detectedTypes;  ///< last inferred type per column name

    QTimer* m_debounce;
    // Source
    QComboBox* m_format;
    QFormLayout* m_sourceForm;
    QComboBox* m_sheet;
    QRadioButton* m_sqlTableMode;
    QRadioButton* m_sqlQueryMode;
    QComboBox* m_sqlTable;
    QPlainTextEdit* m_sqlQuery;
    QWidget* m_sqlWidget;
    // Text
    QGroupBox* m_textGroup;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLineEdit* m_otherDelimiter;
    QComboBox* m_quote;
    QComboBox* m_header;
    QSpinBox* m_skipRows;
    // Values
    QGroupBox* m_valuesGroup;
    QCheckBox* m_decimalComma;
    QCheckBox* m_thousands;
    QLineEdit* m_naTokens;
    QComboBox* m_ragged;
    // Types
    QTableWidget* m_types;
    // Preview
    QLabel* m_detected;
    QLabel* m_error;
    QTableView* m_previewView;
    TableModel* m_previewModel;
    QListWidget* m_warnings;
    QLabel* m_warningsLabel;
};

} // namespace pp
