#pragma once

#include "common/result.h"
#include "data/table.h"
#include "job_runner.h"
#include "session.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;

namespace pp {

/// Base of the Explore page's views (Missing values, Distributions, ...). A view computes
/// only while it is shown: ExplorePage calls activate() when its tab comes up, and reset()
/// when the data set changes (the view forgets its cached results and recomputes on the
/// next activate()). All work runs on the session's JobRunner, one job kind per view.
class ExploreView : public QWidget
{
    Q_OBJECT
public:
    ExploreView(Session* session, QWidget* parent = nullptr);

    /// The data set changed (or was closed).
    void reset();
    /// The view is shown: brings it up to date.
    void activate();
    void deactivate() { m_active = false; }
    bool isActive() const { return m_active; }

    /// The message line under the controls ("" = hidden); errors in red.
    QString statusText() const;

protected:
    /// Rebuild column choosers and drop cached results for the new table (may be null).
    virtual void onDatasetChanged() = 0;
    /// Show the current settings: from the cache, or start a job.
    virtual void refresh() = 0;

    Session* session() const { return m_session; }
    std::shared_ptr<const Table> table() const { return m_session->table(); }

    /// Settings changed: refresh now when shown, else on the next activate().
    void settingsChanged();

    /// Runs `work` on a worker thread (JobRunner kind `kind`, superseding the previous
    /// one) and `done` on the GUI thread with its value, unless the data set changed
    /// meanwhile. Failures go to the status line.
    template <class T>
    void runJob(const QString& kind, const QString& title,
                std::function<Result<T>(const Table&, JobControl*)> work, std::function<void(T)> done)
    {
        const std::shared_ptr<const Table> data = table();
        if (!data)
            return;
        m_kinds.insert(kind);
        m_session->jobs()->run<Result<T>>(
            kind, title, [data, work = std::move(work)](JobControl* job) { return work(*data, job); }, this,
            [this, data, done = std::move(done)](Result<T> result) {
                if (data != table())
                    return;  // a newer data set arrived meanwhile
                if (!result.ok()) {
                    if (!result.cancelled())
                        showStatus(result.error().message, /*error=*/true);
                    return;
                }
                done(result.take());
            });
    }

    void showStatus(const QString& text, bool error = false);
    QLabel* statusLabel() const { return m_status; }

    /// Fills `combo` with the columns `accept` takes (text = name, data = table index),
    /// keeping the current choice by name when it is still there, else the first (or with
    /// `last`, the last) column that `prefer` takes, else the first. Signals are blocked
    /// while filling.
    static void fillColumns(QComboBox* combo, const Table* table, const std::function<bool(const Column&)>& accept,
                            const std::function<bool(const Column&)>& prefer = {}, bool last = false);
    /// The table index chosen in a combo filled by fillColumns(); -1 when none.
    static int chosenColumn(const QComboBox* combo);
    /// Numeric (or boolean, or date) columns that are not identifiers.
    static bool isMeasure(const Column& column);
    static bool isNumeric(const Column& column);
    /// A categorical column with 2 to 12 categories: a good default to group or colour by.
    static bool isSmallCategory(const Column& column);
    /// The translated name of a pipeline step kind ("Drop outlier rows"), for messages.
    static QString stepDisplayName(const QString& kind);

private:
    /// A job of this view was cancelled (status bar): compute again when next shown.
    void onJobFinished(const QString& kind, bool completed);

    Session* m_session;
    QLabel* m_status;
    QSet<QString> m_kinds;  ///< the job kinds this view runs
    bool m_active = false;
    bool m_stale = true;
};

} // namespace pp
