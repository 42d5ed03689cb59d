#include "empty_state.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pp {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_action(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Fixed width, and the height set from it in setText(): a centred (aligned) item in a
    // box layout gets its sizeHint() height, not its height-for-width, and would lose lines.
    m_text->setFixedWidth(520);
    QPalette muted = m_text->palette();
    QColor textColor = muted.color(QPalette::WindowText);
    textColor.setAlpha(190);
    muted.setColor(QPalette::WindowText, textColor);
    m_text->setPalette(muted);
    m_action->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(3);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(4);

    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
    connect(m_text, &QLabel::linkActivated, this, &EmptyState::linkActivated);
}

void EmptyState::setIcon(const QIcon& icon) { m_icon->setPixmap(icon.pixmap(QSize(72, 72))); }

void EmptyState::setTitle(const QString& title) { m_title->setText(title); }

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
    m_text->setFixedHeight(m_text->heightForWidth(m_text->width()));
}

void EmptyState::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyState::title() const { return m_title->text(); }

QString EmptyState::text() const { return m_text->text(); }

QString EmptyState::recentFilesHtml(const QString& heading, const QStringList& paths, int max)
{
    if (paths.isEmpty())
        return QString();
    QStringList links;
    for (const QString& path : paths.mid(0, max))
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded), QFileInfo(path).fileName().toHtmlEscaped());
    return QStringLiteral("<br><br><b>") + heading + QStringLiteral("</b><br>") + links.join(QStringLiteral("<br>"));
}

} // namespace pp
