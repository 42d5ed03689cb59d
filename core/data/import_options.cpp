#include "data/import_options.h"

namespace pp {

QStringList defaultNaTokens()
{
    return {QString(),          QStringLiteral("NA"),  QStringLiteral("N/A"), QStringLiteral("n/a"),
            QStringLiteral("null"), QStringLiteral("NULL"), QStringLiteral("NaN"), QStringLiteral("nan"),
            QStringLiteral("#N/A"), QStringLiteral("<NA>"), QStringLiteral("-"),   QStringLiteral("?")};
}

} // namespace pp
