#include "screenshot_runner.h"

#include "job_runner.h"
#include "main_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace pp {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, const QString& directory, QObject* parent)
    : QObject(parent), m_window(window), m_directory(directory)
{
}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_directory)) {
        std::fprintf(stderr, "ppstudio: cannot create %s\n", qPrintable(QDir::toNativeSeparators(m_directory)));
        QTimer::singleShot(0, this, [this]() { Q_EMIT finished(1); });
        return;
    }
    JobRunner* jobs = m_window->jobs();
    if (jobs->isBusy()) {
        // Import -> profile chains without an idle in between (see JobRunner::afterFinish).
        connect(jobs, &JobRunner::idle, this, [this]() {
            if (!m_started) {
                m_started = true;
                QTimer::singleShot(0, this, &ScreenshotRunner::captureNext);
            }
        });
        return;
    }
    m_started = true;
    QTimer::singleShot(0, this, &ScreenshotRunner::captureNext);
}

void ScreenshotRunner::captureNext()
{
    if (!m_window) {
        Q_EMIT finished(1);
        return;
    }
    const QStringList names = MainWindow::pageNames();
    if (m_next > 0) {
        // The page selected on the previous turn has been laid out: save it.
        const QString name = names.at(m_next - 1);
        // Layout requests are posted events; flush those only (this is not processEvents()).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QPixmap shot = m_window->grab();
        const QString file = QDir(m_directory).filePath(name + QStringLiteral(".png"));
        if (shot.save(file, "PNG")) {
            m_written << file;
        } else {
            m_failed = true;
            std::fprintf(stderr, "ppstudio: cannot write %s\n", qPrintable(QDir::toNativeSeparators(file)));
        }
    }
    if (m_next >= names.size()) {
        Q_EMIT finished(m_failed ? 1 : 0);
        return;
    }
    m_window->setCurrentPage(names.at(m_next));
    ++m_next;
    QTimer::singleShot(0, this, &ScreenshotRunner::captureNext);
}

} // namespace pp
