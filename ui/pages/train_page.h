#pragma once

#include <QWidget>

namespace pp {

class EmptyState;
class Session;

/// The Train step. Until its content is built it explains what it is for, or that a
/// data set is needed first.
class TrainPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainPage(Session* session, QWidget* parent = nullptr);

    EmptyState* emptyState() const { return m_emptyState; }

Q_SIGNALS:
    /// The user asked to go to the Data page (to load a data set).
    void dataPageRequested();

private:
    void update();

    Session* m_session;
    EmptyState* m_emptyState;
};

} // namespace pp
