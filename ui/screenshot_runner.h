#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <vector>

namespace pp {

class MainWindow;

/// `ppstudio --screenshots DIR`: once every job has finished (JobRunner::idle, no
/// polling), shows each page in turn and saves MainWindow::grab() to DIR/<page>.png,
/// one page per event-loop turn so that layouts settle. Then emits finished().
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow* window, const QString& directory, QObject* parent = nullptr);

    /// Starts now if no job is running, else when the last one ends.
    void start();
    QStringList writtenFiles() const { return m_written; }

Q_SIGNALS:
    /// 0 when every page was written, 1 otherwise.
    void finished(int exitCode);

private:
    struct Shot
    {
        QString page;
        QString view;   ///< "" = the page as it is
    };
    void captureNext();
    void grabCurrent();
    void whenIdle(void (ScreenshotRunner::*next)());

    QPointer<MainWindow> m_window;
    QString m_directory;
    std::vector<Shot> m_shots;
    int m_next = 0;
    bool m_failed = false;
    bool m_started = false;
    QStringList m_written;
};

} // namespace pp
