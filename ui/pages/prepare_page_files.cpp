// PreparePage, pipeline files: the docs/pipeline.md format, read and checked by core's
// Pipeline::fromJson; errors as "Error opening '<file>':\n<reason>" in a window-modal box.

#include "prepare_page.h"

#include "pipeline_document.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMessageBox>
#include <QSaveFile>

namespace pp {

void PreparePage::chooseAndOpenPipeline()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Pipeline"), kLastPipelineDir.get(), tr("Pipeline files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    kLastPipelineDir.set(QFileInfo(path).absolutePath());
    openPipelineFile(path);
}

void PreparePage::chooseAndSavePipeline()
{
    QString dir = kLastPipelineDir.get();
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Pipeline"),
        QDir(dir).filePath(QStringLiteral("pipeline.json")), tr("Pipeline files (*.json)"));
    if (path.isEmpty())
        return;
    kLastPipelineDir.set(QFileInfo(path).absolutePath());
    savePipelineFile(path);
}

bool PreparePage::openPipelineFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString& reason) {
        m_lastFileError = tr("Error opening '%1':\n%2").arg(name, reason);
        showFileError(tr("Open Pipeline"), m_lastFileError);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("Not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!json.isObject())
        return fail(tr("A pipeline file holds a JSON object with a \"steps\" list."));
    const Status replaced = m_document->replaceSteps(json.object(), tr("Open pipeline %1").arg(name));
    if (!replaced.ok())
        return fail(replaced.error().message);
    m_lastFileError.clear();
    Q_EMIT statusMessage(
        tr("Opened pipeline %1 (%n step(s)).", nullptr, m_document->stepCount()).arg(name), 4000);
    return true;
}

bool PreparePage::savePipelineFile(const QString& path)
{
    // A step left incomplete (a required column not chosen) would give a file that neither
    // this page nor ppstudio-cli can read back: say which step first.
    const auto complete = m_document->buildPipeline();
    if (!complete.ok()) {
        m_lastFileError
            = tr("Error saving '%1':\n%2").arg(QFileInfo(path).fileName(), complete.error().message);
        showFileError(tr("Save Pipeline"), m_lastFileError);
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(m_document->toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_lastFileError = tr("Error saving '%1':\n%2").arg(QFileInfo(path).fileName(), file.errorString());
        showFileError(tr("Save Pipeline"), m_lastFileError);
        return false;
    }
    m_lastFileError.clear();
    Q_EMIT statusMessage(tr("Saved pipeline to %1.").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void PreparePage::showFileError(const QString& title, const QString& message)
{
    // Non-blocking (window-modal), so that nothing waits on it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pp
