#include "format.h"

#include "report/run_report.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace pp::fmt {

QString count(qint64 n) { return QLocale().toString(n); }

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    const QLocale locale;
    const double a = std::abs(v);
    if (v == std::floor(v) && a < 1e15)
        return locale.toString(static_cast<qint64>(v));
    if (a >= 1e15 || a < 1e-4)
        return locale.toString(v, 'g', 6);
    // ~6 significant digits, at least 2 decimals for small magnitudes, trailing zeros trimmed.
    const int intDigits = a >= 1 ? static_cast<int>(std::floor(std::log10(a))) + 1 : 0;
    int decimals = std::max(0, 6 - intDigits);
    if (a < 1)
        decimals = std::max(decimals, static_cast<int>(-std::floor(std::log10(a))) + 3);
    QString s = locale.toString(v, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

QString percent(double fraction, int decimals)
{
    if (std::isnan(fraction))
        return QStringLiteral("—");
    if (fraction == 0.0)
        return QStringLiteral("0%");
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QStringLiteral("%");
}

QString bytes(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat); }

QString duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 10000)
        return QCoreApplication::translate("pp::fmt", "%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 2));
    if (ms < 60000)
        return QCoreApplication::translate("pp::fmt", "%1 s").arg(locale.toString(ms / 1000));
    return QCoreApplication::translate("pp::fmt", "%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

QString dateTime(const QString& iso) { return report::localTime(iso); }

} // namespace pp::fmt
