#include "screenshot_runner.h"

#include "job_runner.h"
#include "main_window.h"
#include "screenshot_views.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <memory>

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

void ScreenshotRunner::whenIdle(void (ScreenshotRunner::*next)())
{
    JobRunner* jobs = m_window->jobs();
    if (!jobs->isBusy()) {
        QTimer::singleShot(0, this, next);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(jobs, &JobRunner::idle, this, [this, next, connection]() {
        disconnect(*connection);
        QTimer::singleShot(0, this, next);
    });
}

void ScreenshotRunner::captureNext()
{
    if (!m_window) {
        Q_EMIT finished(1);
        return;
    }
    if (m_shots.empty()) {
        for (const QString& page : MainWindow::pageNames()) {
            m_shots.push_back({page, QString()});
            m_window->setCurrentPage(page);
            if (auto* views = dynamic_cast<ScreenshotViews*>(m_window->currentPageWidget()))
                for (const QString& view : views->screenshotViews())
                    m_shots.push_back({page, view});
        }
        m_window->setCurrentPage(m_shots.front().page);
    }
    if (m_next >= static_cast<int>(m_shots.size())) {
        Q_EMIT finished(m_failed ? 1 : 0);
        return;
    }
    const Shot& shot = m_shots[static_cast<std::size_t>(m_next)];
    m_window->setCurrentPage(shot.page);
    if (!shot.view.isEmpty())
        if (auto* views = dynamic_cast<ScreenshotViews*>(m_window->currentPageWidget()))
            views->showScreenshotView(shot.view);
    // Let the page lay out (and finish any job the view started) before grabbing.
    whenIdle(&ScreenshotRunner::grabCurrent);
}

void ScreenshotRunner::grabCurrent()
{
    if (!m_window) {
        Q_EMIT finished(1);
        return;
    }
    const Shot& shot = m_shots[static_cast<std::size_t>(m_next)];
    // Layout requests are posted events; flush those only (this is not processEvents()).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = m_window->grab();
    const QString base = shot.view.isEmpty() ? shot.page : shot.page + QLatin1Char('-') + shot.view;
    const QString file = QDir(m_directory).filePath(base + QStringLiteral(".png"));
    if (pixmap.save(file, "PNG")) {
        m_written << file;
    } else {
        m_failed = true;
        std::fprintf(stderr, "ppstudio: cannot write %s\n", qPrintable(QDir::toNativeSeparators(file)));
    }
    ++m_next;
    QTimer::singleShot(0, this, &ScreenshotRunner::captureNext);
}

} // namespace pp
