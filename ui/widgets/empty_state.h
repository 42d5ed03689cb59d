#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pp {

/// A centred message for a page or panel that has nothing to show yet: an icon, a
/// title, an explanation and optionally one action button.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    void setTitle(const QString& title);
    /// Rich text allowed (links emit linkActivated()).
    void setText(const QString& text);
    /// Shows the button with this label; an empty label hides it.
    void setActionText(const QString& text);

    QString title() const;
    QString text() const;

    /// Rich text for setText(): "<heading>" then a link per file (its name; the link is the
    /// file URL), the first `max` of `paths`; empty when there are none.
    static QString recentFilesHtml(const QString& heading, const QStringList& paths, int max = 5);

Q_SIGNALS:
    void actionTriggered();
    void linkActivated(const QString& link);

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_action;
};

} // namespace pp
