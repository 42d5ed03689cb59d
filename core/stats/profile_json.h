#pragma once

#include "stats/profile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pp {

/// {"name","type","count","missing","unique","mean","std","min","q1","median","q3","max",
///  "skew","outliers_iqr","outliers_z","top":[[value,count],...]} with null where a figure
/// does not apply (the ppstudio-cli profile contract).
QJsonObject columnProfileToJson(const ColumnProfile& profile);
QJsonArray tableProfileToJson(const TableProfile& profile);

} // namespace pp
