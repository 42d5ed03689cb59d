#include "import_dialog.h"

#include "data/importer.h"
#include "job_runner.h"
#include "models/table_model.h"
#include "widgets/table_view_utils.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pp {

/// What a preview job returns: the first rows, plus the sheets/tables to choose from.
struct ImportDialog::Preview
{
    Result<ImportedTable> result;
    FileFormat format = FileFormat::Csv;
    QStringList sheets;
    QStringList tables;
};

namespace {

constexpr int kAutoType = -1;
constexpr char kOtherDelimiter = '\x01';  // combo data for "Other…"

QString delimiterName(char c)
{
    switch (c) {
    case ',':
        return ImportDialog::tr("comma");
    case ';':
        return ImportDialog::tr("semicolon");
    case '\t':
        return ImportDialog::tr("tab");
    case '|':
        return ImportDialog::tr("pipe");
    case ' ':
        return ImportDialog::tr("space");
    default:
        return QStringLiteral("“%1”").arg(QLatin1Char(c));
    }
}

QString formatDisplayName(FileFormat f)
{
    switch (f) {
    case FileFormat::Csv:
        return ImportDialog::tr("Delimited text");
    case FileFormat::Xlsx:
        return ImportDialog::tr("Excel workbook");
    case FileFormat::Sqlite:
        return ImportDialog::tr("SQLite database");
    case FileFormat::Auto:
        break;
    }
    return ImportDialog::tr("Auto-detect");
}

void selectData(QComboBox* combo, const QVariant& data, int fallback = 0)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i >= 0 ? i : fallback);
}

QString joinTokens(const QStringList& tokens)
{
    QStringList shown;
    for (const QString& t : tokens) {
        if (!t.isEmpty())
            shown.append(t);
    }
    return shown.join(QStringLiteral(", "));
}

} // namespace

ImportDialog::ImportDialog(const QString& path, const ImportOptions& initial, JobRunner* jobs, QWidget* parent)
    : QDialog(parent), m_path(path), m_jobs(jobs), m_debounce(new QTimer(this)),
      m_previewModel(new TableModel(this))
{
    setWindowTitle(tr("Import Options — %1").arg(QFileInfo(path).fileName()));
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &ImportDialog::startPreview);
    m_detectedFormat = detectFileFormat(path);
    buildUi();
    setOptions(initial);
    updateVisibility();
    resize(1080, 700);
    schedulePreview(0);
}

ImportDialog::~ImportDialog()
{
    if (m_previewRunning)
        m_jobs->cancel(JobKind::ImportPreview);
}

void ImportDialog::buildUi()
{
    // --- Source -------------------------------------------------------------------------
    auto* sourceGroup = new QGroupBox(tr("Source"), this);
    m_sourceForm = new QFormLayout(sourceGroup);
    m_format = new QComboBox(sourceGroup);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Auto-detect (%1)").arg(formatDisplayName(m_detectedFormat)), int(FileFormat::Auto));
    m_format->addItem(tr("Delimited text (CSV, TSV, TXT)"), int(FileFormat::Csv));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(FileFormat::Xlsx));
    m_format->addItem(tr("SQLite database"), int(FileFormat::Sqlite));
    m_sourceForm->addRow(tr("Format:"), m_format);

    m_sheet = new QComboBox(sourceGroup);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sourceForm->addRow(tr("Sheet:"), m_sheet);

    m_sqlWidget = new QWidget(sourceGroup);
    auto* sqlLayout = new QGridLayout(m_sqlWidget);
    sqlLayout->setContentsMargins(0, 0, 0, 0);
    m_sqlTableMode = new QRadioButton(tr("Table:"), m_sqlWidget);
    m_sqlQueryMode = new QRadioButton(tr("Query:"), m_sqlWidget);
    auto* modeGroup = new QButtonGroup(m_sqlWidget);
    modeGroup->addButton(m_sqlTableMode);
    modeGroup->addButton(m_sqlQueryMode);
    m_sqlTable = new QComboBox(m_sqlWidget);
    m_sqlTable->setObjectName(QStringLiteral("tableCombo"));
    m_sqlQuery = new QPlainTextEdit(m_sqlWidget);
    m_sqlQuery->setObjectName(QStringLiteral("queryEdit"));
    m_sqlQuery->setPlaceholderText(QStringLiteral("SELECT * FROM orders WHERE amount > 0"));
    m_sqlQuery->setMaximumHeight(90);
    m_sqlQuery->setTabChangesFocus(true);
    sqlLayout->addWidget(m_sqlTableMode, 0, 0);
    sqlLayout->addWidget(m_sqlTable, 0, 1);
    sqlLayout->addWidget(m_sqlQueryMode, 1, 0, Qt::AlignTop);
    sqlLayout->addWidget(m_sqlQuery, 1, 1);
    sqlLayout->setColumnStretch(1, 1);
    m_sourceForm->addRow(m_sqlWidget);

    // --- Text -----------------------------------------------------------------------------
    m_textGroup = new QGroupBox(tr("Text"), this);
    auto* textForm = new QFormLayout(m_textGroup);
    m_encoding = new QComboBox(m_textGroup);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Auto-detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16LE"));
    m_encoding->addItem(QStringLiteral("UTF-16BE"), QStringLiteral("UTF-16BE"));
    m_encoding->addItem(tr("GB18030 (Simplified Chinese)"), QStringLiteral("GB18030"));
    m_encoding->addItem(tr("GBK (Simplified Chinese)"), QStringLiteral("GBK"));
    m_encoding->addItem(tr("Latin-1 (Western European)"), QStringLiteral("ISO-8859-1"));
    textForm->addRow(tr("Encoding:"), m_encoding);

    m_delimiter = new QComboBox(m_textGroup);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Auto-detect"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe ( | )"), int('|'));
    m_delimiter->addItem(tr("Other…"), int(kOtherDelimiter));
    m_otherDelimiter = new QLineEdit(m_textGroup);
    m_otherDelimiter->setObjectName(QStringLiteral("otherDelimiterEdit"));
    m_otherDelimiter->setMaxLength(1);
    m_otherDelimiter->setFixedWidth(m_otherDelimiter->fontMetrics().horizontalAdvance(QStringLiteral("MMM")) + 12);
    m_otherDelimiter->setPlaceholderText(QStringLiteral(":"));
    auto* delimiterRow = new QHBoxLayout();
    delimiterRow->addWidget(m_delimiter, 1);
    delimiterRow->addWidget(m_otherDelimiter);
    textForm->addRow(tr("Delimiter:"), delimiterRow);

    m_quote = new QComboBox(m_textGroup);
    m_quote->setObjectName(QStringLiteral("quoteCombo"));
    m_quote->addItem(tr("Double quote ( \" )"), int('"'));
    m_quote->addItem(tr("Single quote ( ' )"), int('\''));
    m_quote->addItem(tr("None"), 0);
    textForm->addRow(tr("Quote character:"), m_quote);

    m_header = new QComboBox(m_textGroup);
    m_header->setObjectName(QStringLiteral("headerCombo"));
    m_header->addItem(tr("Auto-detect"), int(HeaderMode::Auto));
    m_header->addItem(tr("First row holds the column names"), int(HeaderMode::Yes));
    m_header->addItem(tr("No header row"), int(HeaderMode::No));
    textForm->addRow(tr("Header:"), m_header);

    m_skipRows = new QSpinBox(m_textGroup);
    m_skipRows->setObjectName(QStringLiteral("skipRowsSpin"));
    m_skipRows->setRange(0, 1000000);
    m_skipRows->setToolTip(tr("Lines to skip at the top of the file, before the header"));
    textForm->addRow(tr("Skip lines:"), m_skipRows);

    // --- Values ---------------------------------------------------------------------------
    m_valuesGroup = new QGroupBox(tr("Values"), this);
    auto* valuesForm = new QFormLayout(m_valuesGroup);
    m_decimalComma = new QCheckBox(tr("Decimal comma (3,14)"), m_valuesGroup);
    m_decimalComma->setObjectName(QStringLiteral("decimalCommaCheck"));
    m_thousands = new QCheckBox(tr("Thousands separators (1,234,567)"), m_valuesGroup);
    m_thousands->setObjectName(QStringLiteral("thousandsCheck"));
    valuesForm->addRow(m_decimalComma);
    valuesForm->addRow(m_thousands);
    m_naTokens = new QLineEdit(m_valuesGroup);
    m_naTokens->setObjectName(QStringLiteral("naTokensEdit"));
    m_naTokens->setToolTip(tr("Cell texts read as missing values, separated by commas. "
                              "Empty cells are always missing."));
    auto* naDefaults = new QPushButton(tr("Defaults"), m_valuesGroup);
    auto* naRow = new QHBoxLayout();
    naRow->addWidget(m_naTokens, 1);
    naRow->addWidget(naDefaults);
    valuesForm->addRow(tr("Missing values:"), naRow);
    m_ragged = new QComboBox(m_valuesGroup);
    m_ragged->setObjectName(QStringLiteral("raggedCombo"));
    m_ragged->addItem(tr("Pad with missing values"), int(RaggedPolicy::Pad));
    m_ragged->addItem(tr("Skip the row"), int(RaggedPolicy::Skip));
    m_ragged->addItem(tr("Stop with an error"), int(RaggedPolicy::Fail));
    m_ragged->setToolTip(tr("What to do with rows that have more or fewer fields than the header"));
    valuesForm->addRow(tr("Rows of wrong length:"), m_ragged);

    // --- Column types ---------------------------------------------------------------------
    auto* typesGroup = new QGroupBox(tr("Column types"), this);
    auto* typesLayout = new QVBoxLayout(typesGroup);
    m_types = new QTableWidget(0, 2, typesGroup);
    m_types->setObjectName(QStringLiteral("typesTable"));
    m_types->setHorizontalHeaderLabels({tr("Column"), tr("Type")});
    m_types->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_types->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_types->verticalHeader()->hide();
    m_types->setSelectionMode(QAbstractItemView::NoSelection);
    m_types->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_types->setMinimumHeight(160);
    typesLayout->addWidget(m_types);

    auto* optionsWidget = new QWidget(this);
    auto* optionsLayout = new QVBoxLayout(optionsWidget);
    optionsLayout->setContentsMargins(0, 0, 6, 0);
    optionsLayout->addWidget(sourceGroup);
    optionsLayout->addWidget(m_textGroup);
    optionsLayout->addWidget(m_valuesGroup);
    optionsLayout->addWidget(typesGroup, 1);
    auto* optionsScroll = new QScrollArea(this);
    optionsScroll->setWidget(optionsWidget);
    optionsScroll->setWidgetResizable(true);
    optionsScroll->setFrameShape(QFrame::NoFrame);
    optionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    optionsScroll->setMinimumWidth(380);

    // --- Preview --------------------------------------------------------------------------
    auto* previewWidget = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewWidget);
    previewLayout->setContentsMargins(6, 0, 0, 0);
    auto* previewTitle = new QLabel(tr("<b>Preview</b> (first %1 rows)").arg(kPreviewRows), previewWidget);
    m_detected = new QLabel(previewWidget);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_error = new QLabel(previewWidget);
    m_error->setObjectName(QStringLiteral("previewErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    m_previewView = new QTableView(previewWidget);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_previewModel);
    configureLargeTableView(m_previewView);
    m_warningsLabel = new QLabel(previewWidget);
    m_warnings = new QListWidget(previewWidget);
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setMaximumHeight(110);
    m_warningsLabel->hide();
    m_warnings->hide();
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_detected);
    previewLayout->addWidget(m_error);
    previewLayout->addWidget(m_previewView, 1);
    previewLayout->addWidget(m_warningsLabel);
    previewLayout->addWidget(m_warnings);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(optionsScroll);
    splitter->addWidget(previewWidget);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    // Our own text: Qt's translations (qt6-translations-l10n) may not be installed.
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* pathLabel = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(m_path)), this);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pathLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pathLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    // --- Changes schedule a preview -------------------------------------------------------
    auto changed = [this]() {
        if (!m_loading)
            schedulePreview();
    };
    for (QComboBox* combo : {m_encoding, m_delimiter, m_quote, m_header, m_ragged, m_sheet, m_sqlTable})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, changed]() {
        updateVisibility();
        changed();
    });
    connect(m_delimiter, qOverload<int>(&QComboBox::currentIndexChanged), this, &ImportDialog::updateVisibility);
    connect(m_otherDelimiter, &QLineEdit::textChanged, this, changed);
    connect(m_skipRows, qOverload<int>(&QSpinBox::valueChanged), this, changed);
    connect(m_decimalComma, &QCheckBox::toggled, this, changed);
    connect(m_thousands, &QCheckBox::toggled, this, changed);
    connect(m_naTokens, &QLineEdit::textChanged, this, changed);
    connect(naDefaults, &QPushButton::clicked, this, [this]() {
        m_naTokens->setText(joinTokens(defaultNaTokens()));
        m_naTokens->setCursorPosition(0);
    });
    connect(m_sqlTableMode, &QRadioButton::toggled, this, [this, changed]() {
        updateVisibility();
        changed();
    });
    connect(m_sqlQuery, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_loading)
            schedulePreview(3 * kDebounceMs);  // typing SQL: wait a little longer
    });
}

void ImportDialog::setOptions(const ImportOptions& o)
{
    m_loading = true;
    selectData(m_format, int(o.format));
    selectData(m_encoding, o.encoding);
    if (o.delimiter != 0 && m_delimiter->findData(int(o.delimiter)) < 0) {
        selectData(m_delimiter, int(kOtherDelimiter));
        m_otherDelimiter->setText(QString(QLatin1Char(o.delimiter)));
    } else {
        selectData(m_delimiter, int(o.delimiter));
    }
    selectData(m_quote, int(o.quote));
    selectData(m_header, int(o.header));
    m_skipRows->setValue(o.skipRows);
    m_decimalComma->setChecked(o.decimalComma);
    m_thousands->setChecked(o.thousandsSeparator);
    m_naTokens->setText(joinTokens(o.naTokens));
    m_naTokens->setCursorPosition(0);
    selectData(m_ragged, int(o.ragged));
    if (!o.sheet.isEmpty()) {
        m_sheet->addItem(o.sheet);
        m_sheet->setCurrentIndex(0);
    }
    if (!o.table.isEmpty()) {
        m_sqlTable->addItem(o.table);
        m_sqlTable->setCurrentIndex(0);
    }
    m_sqlQuery->setPlainText(o.query);
    (o.query.trimmed().isEmpty() ? m_sqlTableMode : m_sqlQueryMode)->setChecked(true);
    for (auto it = o.typeOverrides.cbegin(); it != o.typeOverrides.cend(); ++it) {
        const int row = m_types->rowCount();
        m_types->insertRow(row);
        m_types->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto* combo = new QComboBox(m_types);
        combo->addItem(columnTypeDisplayName(it.value()), int(it.value()));
        m_types->setCellWidget(row, 1, combo);
    }
    m_loading = false;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.format = static_cast<FileFormat>(m_format->currentData().toInt());
    o.encoding = m_encoding->currentData().toString();
    const char d = static_cast<char>(m_delimiter->currentData().toInt());
    if (d == kOtherDelimiter) {
        const QString other = m_otherDelimiter->text();
        o.delimiter = other.isEmpty() || other.at(0).unicode() > 127 ? 0 : other.at(0).toLatin1();
    } else {
        o.delimiter = d;
    }
    o.quote = static_cast<char>(m_quote->currentData().toInt());
    o.header = static_cast<HeaderMode>(m_header->currentData().toInt());
    o.skipRows = m_skipRows->value();
    o.decimalComma = m_decimalComma->isChecked();
    o.thousandsSeparator = m_thousands->isChecked();
    QStringList tokens{QString()};  // empty cells are always missing
    for (const QString& t : m_naTokens->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString token = t.trimmed();
        if (!token.isEmpty() && !tokens.contains(token))
            tokens.append(token);
    }
    o.naTokens = tokens;
    o.ragged = static_cast<RaggedPolicy>(m_ragged->currentData().toInt());
    o.sheet = m_sheet->currentText();
    if (m_sqlQueryMode->isChecked())
        o.query = m_sqlQuery->toPlainText().trimmed();
    else
        o.table = m_sqlTable->currentText();
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const auto* combo = qobject_cast<const QComboBox*>(m_types->cellWidget(row, 1));
        const int type = combo ? combo->currentData().toInt() : kAutoType;
        if (type != kAutoType)
            o.typeOverrides.insert(m_types->item(row, 0)->text(), static_cast<ColumnType>(type));
    }
    o.maxRows = -1;
    return o;
}

FileFormat ImportDialog::effectiveFormat() const
{
    const auto chosen = static_cast<FileFormat>(m_format->currentData().toInt());
    return chosen == FileFormat::Auto ? m_detectedFormat : chosen;
}

void ImportDialog::updateVisibility()
{
    const FileFormat format = effectiveFormat();
    m_sourceForm->setRowVisible(m_sheet, format == FileFormat::Xlsx);
    m_sourceForm->setRowVisible(m_sqlWidget, format == FileFormat::Sqlite);
    m_textGroup->setVisible(format == FileFormat::Csv);
    m_decimalComma->setVisible(format == FileFormat::Csv);
    m_thousands->setVisible(format == FileFormat::Csv);
    m_otherDelimiter->setVisible(m_delimiter->currentData().toInt() == int(kOtherDelimiter));
    m_sqlTable->setEnabled(m_sqlTableMode->isChecked());
    m_sqlQuery->setEnabled(m_sqlQueryMode->isChecked());
}

bool ImportDialog::isPreviewPending() const { return m_debounce->isActive() || m_previewRunning; }

QString ImportDialog::detectedText() const { return m_detected->text(); }

QString ImportDialog::previewError() const { return m_previewError; }

void ImportDialog::schedulePreview(int delayMs) { m_debounce->start(delayMs); }

void ImportDialog::startPreview()
{
    ImportOptions o = options();
    o.maxRows = kPreviewRows;
    const QString path = m_path;
    const FileFormat detected = m_detectedFormat;
    m_previewRunning = true;
    m_jobs->run<Preview>(
        JobKind::ImportPreview, tr("Preview"),
        [path, o, detected](JobControl* job) {
            Preview p;
            p.format = o.format == FileFormat::Auto ? detected : o.format;
            ImportOptions options = o;
            if (p.format == FileFormat::Xlsx) {
                Result<QStringList> sheets = listXlsxSheets(path);
                if (sheets.ok())
                    p.sheets = sheets.value();
            } else if (p.format == FileFormat::Sqlite) {
                Result<QStringList> tables = listSqliteTables(path);
                if (tables.ok())
                    p.tables = tables.value();
                if (options.table.isEmpty() && options.query.isEmpty() && !p.tables.isEmpty())
                    options.table = p.tables.first();
            }
            options.format = p.format;
            p.result = importFile(path, options, job);
            return p;
        },
        this, [this](Preview p) { applyPreview(std::move(p)); }, JobRunner::Visibility::Quiet);
}

void ImportDialog::applyPreview(Preview p)
{
    m_previewRunning = false;
    m_loading = true;
    // Sheets and tables to choose from, keeping the current choice.
    if (p.format == FileFormat::Xlsx && !p.sheets.isEmpty()) {
        const QString current = m_sheet->currentText();
        m_sheet->clear();
        m_sheet->addItems(p.sheets);
        m_sheet->setCurrentIndex(static_cast<int>(std::max<qsizetype>(0, p.sheets.indexOf(current))));
    }
    if (p.format == FileFormat::Sqlite && !p.tables.isEmpty()) {
        const QString current = m_sqlTable->currentText();
        m_sqlTable->clear();
        m_sqlTable->addItems(p.tables);
        m_sqlTable->setCurrentIndex(static_cast<int>(std::max<qsizetype>(0, p.tables.indexOf(current))));
    }
    m_loading = false;

    m_warnings->clear();
    if (!p.result.ok()) {
        m_previewError = p.result.error().toString();
        m_error->setText(tr("The file cannot be read with these options:\n%1").arg(m_previewError));
        m_error->show();
        m_detected->setText(tr("Format: %1").arg(formatDisplayName(p.format)));
        m_previewModel->setTable(nullptr);
    } else {
        m_previewError.clear();
        m_error->hide();
        ImportedTable imported = p.result.take();
        const ImportInfo& info = imported.info;
        QStringList parts;
        parts << tr("Format: %1").arg(formatDisplayName(info.format));
        if (info.format == FileFormat::Csv) {
            parts << tr("encoding: %1").arg(info.encoding.isEmpty() ? tr("unknown") : info.encoding)
                  << tr("delimiter: %1").arg(delimiterName(info.delimiter))
                  << (info.hasHeader ? tr("header row: yes") : tr("header row: no"));
            if (info.decimalComma)
                parts << tr("decimal comma");
        } else if (info.format == FileFormat::Xlsx && !info.sheet.isEmpty()) {
            parts << tr("sheet: %1").arg(info.sheet);
        } else if (info.format == FileFormat::Sqlite && !info.table.isEmpty()) {
            parts << tr("table: %1").arg(info.table);
        }
        parts << tr("columns: %1").arg(imported.table.columnCount());
        parts << (info.truncated ? tr("first %1 rows shown").arg(info.dataRows) : tr("rows: %1").arg(info.dataRows));
        m_detected->setText(parts.join(QStringLiteral(" · ")));
        updateTypeTable(imported);
        m_previewModel->setTable(std::make_shared<const Table>(std::move(imported.table)));
        sizeColumnsFromSample(m_previewView, kPreviewRows);
    }
    for (const Warning& w : p.result.warnings()) {
        QStringList where;
        if (w.line > 0)
            where << tr("line %1").arg(w.line);
        if (w.column > 0)
            where << tr("column %1").arg(w.column);
        m_warnings->addItem(where.isEmpty() ? w.detail
                                            : QString(where.join(QStringLiteral(", ")) + QStringLiteral(": ") + w.detail));
    }
    const int warningCount = static_cast<int>(p.result.warnings().size());
    m_warningsLabel->setText(tr("Warnings in the preview rows: %1").arg(warningCount));
    m_warningsLabel->setVisible(warningCount > 0);
    m_warnings->setVisible(warningCount > 0);
    Q_EMIT previewUpdated();
}

void ImportDialog::updateTypeTable(const ImportedTable& imported)
{
    const ImportOptions current = options();
    QStringList names;
    for (const Column& c : imported.table.columns()) {
        names << c.name();
        if (!current.typeOverrides.contains(c.name()))
            m_detectedTypes.insert(c.name(), c.type());
    }
    QStringList shown;
    for (int row = 0; row < m_types->rowCount(); ++row)
        shown << m_types->item(row, 0)->text();

    auto autoLabel = [this](const QString& name) {
        return m_detectedTypes.contains(name)
                   ? tr("Auto (%1)").arg(columnTypeDisplayName(m_detectedTypes.value(name)))
                   : tr("Auto");
    };
    if (shown == names) {
        // Same columns: refresh the "Auto (…)" labels only, so an open combo is not replaced.
        for (int row = 0; row < m_types->rowCount(); ++row) {
            if (auto* combo = qobject_cast<QComboBox*>(m_types->cellWidget(row, 1)))
                combo->setItemText(0, autoLabel(names.at(row)));
        }
        return;
    }
    m_types->setRowCount(0);
    m_types->setRowCount(static_cast<int>(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString& name = names.at(row);
        auto* item = new QTableWidgetItem(name);
        item->setToolTip(name);
        m_types->setItem(row, 0, item);
        auto* combo = new QComboBox(m_types);
        combo->addItem(autoLabel(name), kAutoType);
        for (ColumnType t : {ColumnType::Numeric, ColumnType::Categorical, ColumnType::Boolean, ColumnType::DateTime,
                             ColumnType::Text})
            combo->addItem(columnTypeDisplayName(t), int(t));
        selectData(combo, current.typeOverrides.contains(name) ? int(current.typeOverrides.value(name)) : kAutoType);
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
            if (!m_loading)
                schedulePreview();
        });
        m_types->setCellWidget(row, 1, combo);
    }
}

} // namespace pp
