#pragma once

#include <QString>

#include <cstdint>

namespace pp {

/// Locale-aware formatting of figures shown to users (the default QLocale, which follows
/// the UI language). Statistics are printed to a precision that suits their size rather
/// than a fixed number of decimals.
namespace fmt {

/// 12,330 / 12 330 / 12330 depending on the locale.
QString count(qint64 n);
/// A statistic: integers without decimals, others with ~6 significant digits, no
/// exponent for everyday magnitudes; NaN as "—".
QString number(double v);
/// 12.5% (both shipped locales write the sign right after the number).
QString percent(double fraction, int decimals = 1);
/// 1.2 MB, 340 KB ...
QString bytes(qint64 bytes);
/// 0.42 s, 12 s, 3 min 5 s.
QString duration(qint64 milliseconds);
/// An ISO 8601 time (the project's UTC times, or local ones without an offset) as the
/// locale's short date and time, in local time; text that is not such a time as it is.
QString dateTime(const QString& iso);

} // namespace fmt
} // namespace pp
