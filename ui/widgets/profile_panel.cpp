#include "profile_panel.h"

#include "format.h"
#include "icons.h"
#include "profile_chart.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pp {

ProfilePanel::ProfilePanel(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_message(new QLabel(this)), m_name(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_form(new QFormLayout()), m_note(new QLabel(this)),
      m_chart(new ProfileChart(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setMargin(16);
    m_message->setTextFormat(Qt::RichText);
    connect(m_message, &QLabel::linkActivated, this, &ProfilePanel::retryRequested);

    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setObjectName(QStringLiteral("profileColumnName"));
    QPalette muted = m_subtitle->palette();
    QColor mutedColor = muted.color(QPalette::WindowText);
    mutedColor.setAlpha(170);
    muted.setColor(QPalette::WindowText, mutedColor);
    m_subtitle->setPalette(muted);
    m_note->setPalette(muted);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("profileNote"));

    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(3);
    addRow(QStringLiteral("count"), tr("Values"), tr("Non-missing values"));
    addRow(QStringLiteral("missing"), tr("Missing"));
    addRow(QStringLiteral("unique"), tr("Distinct values"));
    addRow(QStringLiteral("top"), tr("Most frequent"));
    addRow(QStringLiteral("mean"), tr("Mean"));
    addRow(QStringLiteral("std"), tr("Std. deviation"), tr("Sample standard deviation (n − 1), as pandas"));
    addRow(QStringLiteral("min"), tr("Minimum"));
    addRow(QStringLiteral("q1"), tr("25th percentile"));
    addRow(QStringLiteral("median"), tr("Median"));
    addRow(QStringLiteral("q3"), tr("75th percentile"));
    addRow(QStringLiteral("max"), tr("Maximum"));
    addRow(QStringLiteral("skew"), tr("Skewness"), tr("Adjusted Fisher–Pearson skewness, as pandas"));
    addRow(QStringLiteral("outliersIqr"), tr("Outliers (IQR)"),
           tr("Values below Q1 − 1.5 × IQR or above Q3 + 1.5 × IQR"));
    addRow(QStringLiteral("outliersZ"), tr("Outliers (z-score)"), tr("Values more than 3 standard deviations from the mean"));

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(10, 8, 10, 8);
    detailsLayout->addWidget(m_name);
    detailsLayout->addWidget(m_subtitle);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(line);
    detailsLayout->addLayout(m_form);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(m_note);
    // The chart takes the spare height; the stretch keeps the form at the top without it.
    detailsLayout->addWidget(m_chart, 10);
    detailsLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack->addWidget(m_message);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void ProfilePanel::addRow(const QString& key, const QString& label, const QString& toolTip)
{
    auto* value = new QLabel(this);
    value->setObjectName(QStringLiteral("value_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* labelWidget = new QLabel(label, this);
    if (!toolTip.isEmpty()) {
        labelWidget->setToolTip(toolTip);
        value->setToolTip(toolTip);
    }
    m_form->addRow(labelWidget, value);
    m_values.insert(key, value);
}

void ProfilePanel::setValue(const QString& key, const QString& text)
{
    QLabel* label = m_values.value(key);
    if (!label)
        return;
    label->setText(text);
    m_form->setRowVisible(label, !text.isEmpty());
}

QString ProfilePanel::valueText(const QString& key) const
{
    const QLabel* label = m_values.value(key);
    return label && m_stack->currentIndex() == 1 ? label->text() : QString();
}

QString ProfilePanel::noteText() const { return m_note->isVisibleTo(this) ? m_note->text() : QString(); }

void ProfilePanel::clear()
{
    m_message->setText(tr("Select a column to see its statistics.").toHtmlEscaped());
    m_stack->setCurrentIndex(0);
    m_chart->clear();
}

void ProfilePanel::showPending(const QString& columnName, ColumnType type)
{
    m_message->setText(tr("Computing statistics for “%1”…").arg(columnName).toHtmlEscaped());
    m_stack->setCurrentIndex(0);
    m_chart->clear();
}

void ProfilePanel::showError(const QString& message, bool offerRetry)
{
    QString text = message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (offerRetry)
        text += QStringLiteral("<br><br><a href=\"retry\">") + tr("Compute again") + QStringLiteral("</a>");
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
    m_chart->clear();
}

void ProfilePanel::setHeader(const QString& name, ColumnType type, ColumnRole role, bool idLike)
{
    m_name->setText(name);
    QString subtitle = columnTypeDisplayName(type) + QStringLiteral(" · ") + columnRoleDisplayName(role);
    if (idLike && role != ColumnRole::Id)
        subtitle += QStringLiteral(" · ") + tr("looks like an identifier");
    m_subtitle->setText(subtitle);
}

void ProfilePanel::showProfile(const ColumnProfile& p)
{
    setHeader(p.name, p.type, p.role, p.idLike);
    const qint64 total = p.count + p.missing;
    auto opt = [](const std::optional<double>& v) { return v ? fmt::number(*v) : QString(); };
    auto optCount = [](const std::optional<qint64>& v) { return v ? fmt::count(*v) : QString(); };

    setValue(QStringLiteral("count"), fmt::count(p.count));
    setValue(QStringLiteral("missing"),
             total > 0 ? tr("%1 (%2)").arg(fmt::count(p.missing), fmt::percent(double(p.missing) / double(total)))
                       : fmt::count(p.missing));
    setValue(QStringLiteral("unique"), fmt::count(p.unique));
    const bool categoryLike = p.type != ColumnType::Numeric && p.type != ColumnType::DateTime;
    setValue(QStringLiteral("top"), categoryLike && !p.top.empty()
                                        ? tr("%1 (%2)").arg(p.top.front().first, fmt::count(p.top.front().second))
                                        : QString());
    if (p.type == ColumnType::DateTime) {
        // Datetime statistics are epoch milliseconds: show them as dates.
        auto date = [](const std::optional<double>& v) {
            return v ? formatDateTime(static_cast<std::int64_t>(*v), QString()) : QString();
        };
        setValue(QStringLiteral("mean"), QString());
        setValue(QStringLiteral("std"), QString());
        setValue(QStringLiteral("min"), date(p.min));
        setValue(QStringLiteral("q1"), date(p.q1));
        setValue(QStringLiteral("median"), date(p.median));
        setValue(QStringLiteral("q3"), date(p.q3));
        setValue(QStringLiteral("max"), date(p.max));
        setValue(QStringLiteral("skew"), QString());
    } else {
        setValue(QStringLiteral("mean"), opt(p.mean));
        setValue(QStringLiteral("std"), opt(p.std));
        setValue(QStringLiteral("min"), opt(p.min));
        setValue(QStringLiteral("q1"), opt(p.q1));
        setValue(QStringLiteral("median"), opt(p.median));
        setValue(QStringLiteral("q3"), opt(p.q3));
        setValue(QStringLiteral("max"), opt(p.max));
        setValue(QStringLiteral("skew"), opt(p.skew));
    }
    setValue(QStringLiteral("outliersIqr"), optCount(p.outliersIqr));
    setValue(QStringLiteral("outliersZ"), optCount(p.outliersZ));
    m_chart->showProfile(p);
    m_chart->setVisible(m_chart->hasData());
    QString note;
    if (p.count == 0)
        note = tr("Every value of this column is missing.");
    else if (!m_chart->hasData() && p.unique == p.count)
        note = tr("All values are different, so there are no frequencies to chart.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_stack->setCurrentIndex(1);
}

} // namespace pp
