#include "dialogs/score_data_dialog.h"

#include "data/csv_writer.h"
#include "data/importer.h"
#include "format.h"
#include "job_runner.h"
#include "models/runs_model.h"
#include "models/table_model.h"
#include "pages/data_page.h"
#include "project_session.h"
#include "settings.h"
#include "stored_run.h"
#include "widgets/table_view_utils.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pp {

ScoreDataDialog::ScoreDataDialog(ProjectSession* project, QWidget* parent)
    : QDialog(parent), m_project(project), m_models(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_scoreButton(new QPushButton(tr("&Score"), this)),
      m_exportButton(new QPushButton(tr("&Export CSV…"), this)), m_status(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new TableModel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Score New Data"));
    setObjectName(QStringLiteral("scoreDataDialog"));
    resize(900, 600);

    m_models->setObjectName(QStringLiteral("scoreModel"));
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_file->setObjectName(QStringLiteral("scoreFile"));
    m_file->setPlaceholderText(tr("A CSV, Excel or SQLite file with the same columns as the training data"));
    m_status->setObjectName(QStringLiteral("scoreStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scoreButton->setObjectName(QStringLiteral("scoreButton"));
    m_scoreButton->setDefault(true);
    m_exportButton->setObjectName(QStringLiteral("exportScoresButton"));
    m_view->setObjectName(QStringLiteral("scoreTable"));
    m_view->setModel(m_model);
    configureLargeTableView(m_view);

    auto* fileRow = new QHBoxLayout();
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout();
    form->addRow(tr("Saved model:"), m_models);
    form->addRow(tr("Data file:"), fileRow);
    auto* actions = new QHBoxLayout();
    actions->addWidget(m_scoreButton);
    actions->addStretch(1);
    actions->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ScoreDataDialog::chooseFile);
    connect(m_scoreButton, &QPushButton::clicked, this, &ScoreDataDialog::score);
    connect(m_exportButton, &QPushButton::clicked, this, &ScoreDataDialog::chooseExportFile);
    connect(m_file, &QLineEdit::textChanged, this, &ScoreDataDialog::updateButtons);
    connect(m_models, &QComboBox::currentIndexChanged, this, &ScoreDataDialog::updateButtons);
    populateModels();
    updateButtons();
}

void ScoreDataDialog::populateModels()
{
    m_models->clear();
    if (!m_project->isOpen())
        return;
    auto runs = m_project->store()->runs();
    if (!runs.ok())
        return;
    // Newest first: the model just trained is the likely choice.
    for (auto it = runs->rbegin(); it != runs->rend(); ++it) {
        if (!it->hasModel)
            continue;
        m_models->addItem(tr("#%1 %2 — %3").arg(it->id).arg(it->name, RunsModel::modelDisplayName(it->model)), it->id);
    }
    if (m_models->count() == 0)
        m_models->addItem(tr("No run of this project has a saved model"), qint64(0));
}

void ScoreDataDialog::setRun(qint64 runId)
{
    const int i = m_models->findData(runId);
    if (i >= 0)
        m_models->setCurrentIndex(i);
}

qint64 ScoreDataDialog::runId() const { return m_models->currentData().toLongLong(); }

void ScoreDataDialog::setFile(const QString& path) { m_file->setText(QDir::toNativeSeparators(path)); }

QString ScoreDataDialog::file() const { return QDir::fromNativeSeparators(m_file->text().trimmed()); }

bool ScoreDataDialog::isScoring() const { return m_project->jobs()->isRunning(JobKind::ScoreData); }

QString ScoreDataDialog::errorText() const { return m_error; }

void ScoreDataDialog::updateButtons()
{
    const bool busy = isScoring();
    m_scoreButton->setEnabled(!busy && runId() > 0 && !file().isEmpty());
    m_exportButton->setEnabled(!busy && m_result != nullptr);
}

void ScoreDataDialog::chooseFile()
{
    QString dir = kLastOpenDir.get();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Data to Score"), dir, DataPage::fileDialogFilter());
    if (!path.isEmpty())
        setFile(path);
}

void ScoreDataDialog::showError(const QString& message)
{
    m_error = message;
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(message);
    Q_EMIT failed(message);
}

void ScoreDataDialog::score()
{
    const qint64 run = runId();
    const QString path = file();
    if (!m_project->isOpen() || run <= 0 || path.isEmpty())
        return;
    m_error.clear();
    m_result.reset();
    m_model->setTable(nullptr);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Scoring…"));
    const std::shared_ptr<store::ProjectStore> project = m_project->store();
    using Scored = Result<Table>;
    m_project->jobs()->run<Scored>(
        JobKind::ScoreData, tr("Scoring %1").arg(QFileInfo(path).fileName()),
        [project, run, path](JobControl* job) -> Scored {
            JobControl loading(job, 0.0, 0.1), importing(job, 0.1, 0.6), scoring(job, 0.6, 1.0);
            loading.setProgress(0.0, StoredRun::tr("Reading the model"));
            auto bundle = StoredRun::bundle(*project, run);
            if (!bundle.ok())
                return Scored::failure(bundle.error());
            auto imported = importFile(path, ImportOptions(), &importing);
            if (!imported.ok()) {
                ErrorInfo e = imported.error();
                if (e.file.isEmpty())
                    e.file = path;
                return Scored::failure(e);
            }
            return scoreTable(bundle.value(), imported->table, &scoring);
        },
        this,
        [this, path](Scored outcome) {
            updateButtons();
            if (!outcome.ok()) {
                showError(tr("Error scoring '%1':\n%2").arg(QDir::toNativeSeparators(path), outcome.error().toString()));
                return;
            }
            m_result = std::make_shared<const Table>(outcome.take());
            m_model->setTable(m_result);
            sizeColumnsFromSample(m_view);
            // The predictions come after the input columns; show them first.
            QHeaderView* header = m_view->horizontalHeader();
            int visual = 0;
            for (std::size_t c = 0; c < m_result->columnCount(); ++c) {
                const QString name = m_result->column(c).name();
                if (name.startsWith(QLatin1String("predicted")) || name.startsWith(QLatin1String("probability_")))
                    header->moveSection(header->visualIndex(static_cast<int>(c)), visual++);
            }
            m_status->setText(tr("%1 rows scored.").arg(fmt::count(qint64(m_result->rowCount()))));
            updateButtons();
            Q_EMIT scored();
        });
    updateButtons();
}

void ScoreDataDialog::chooseExportFile()
{
    if (!m_result)
        return;
    QString dir = kLastExportDir.get();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QString suggested = QDir(dir).filePath(QFileInfo(file()).completeBaseName() + QStringLiteral("-scored.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Predictions"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    kLastExportDir.set(QFileInfo(path).absolutePath());
    exportCsv(path);
}

void ScoreDataDialog::exportCsv(const QString& path)
{
    if (!m_result)
        return;
    const std::shared_ptr<const Table> table = m_result;
    m_project->jobs()->run<Status>(
        JobKind::ExportScores, tr("Writing %1").arg(QFileInfo(path).fileName()),
        [table, path](JobControl* job) { return writeCsv(*table, path, job); }, this,
        [this, path](Status s) {
            if (!s.ok()) {
                showError(tr("Error writing '%1':\n%2").arg(QDir::toNativeSeparators(path), s.error().toString()));
                return;
            }
            m_status->setStyleSheet(QString());
            m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(path);
        });
}

} // namespace pp
