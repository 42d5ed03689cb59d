#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QString>

namespace pp {

/// Settings of the synthetic e-commerce data set.
struct SyntheticOptions
{
    qint64 rows = 10000;        ///< customers (rows); negative counts as 0
    quint64 seed = 42;          ///< same seed, same data, on every platform
    double missingRate = 0.05;  ///< chance that a maskable feature cell is empty (MCAR), 0..1
    double outlierRate = 0.01;  ///< chance of a x10 spike in avg_order_value / page_views_30d, 0..1
};

/// A synthetic customer table for demos, lessons and tests: one row per customer of an
/// online shop, 18 columns, with realistic correlations and a learnable target
/// `spend_next_90d`. docs/synthetic_data.md describes every column; the target is
///
///     spend_next_90d = round2( price * intensity * engagement * member * income
///                              * recency * exp(0.25 * eps - 0.03125) ),   eps ~ N(0, 1)
///     price      = avg_order_value * (1 - 0.3 * coupon_rate) * (1 - 0.8 * returns_rate)
///     intensity  = (0.5 + orders_90d) ^ 0.75                       (saturating)
///     (round2: to cents; the noise factor has mean 1: -0.03125 = -0.25^2 / 2)
///     engagement = 1 + 0.6 * (1 - exp(-cart_adds_30d / 5)) + 0.3 * (1 - exp(-sessions_30d / 10))
///     member     = 1.0 / 1.15 / 1.35 / 1.6   for none / silver / gold / platinum
///     income     = 0.8 / 1.0 / 1.2 / 1.45    for low / middle / upper-middle / high
///     recency    = 1 if days_since_last_order <= 30; 0.8 if <= 90;
///                  else 0.25 + 0.55 * exp(-(days_since_last_order - 90) / 60)   (threshold)
///
/// computed from the clean feature values; missing cells and outlier spikes are applied
/// afterwards, as measurement problems a model must cope with. Missing cells (MCAR, rate
/// `missingRate` each) can appear in age, gender, city_tier, income_band,
/// page_views_30d, avg_session_minutes, cart_adds_30d, avg_order_value,
/// days_since_last_order, coupon_rate, returns_rate and signup_date, never in user_id or
/// the target.
///
/// The random numbers come from xoshiro256** seeded by splitmix64, turned into normals
/// (Marsaglia's polar method), exponentials and Poisson counts with our own log/exp
/// built from + - * / and sqrt only, so the same seed gives the same table with any
/// compiler, standard library or libm.
///
/// Returns an empty table when cancelled.
Table generateSynthetic(const SyntheticOptions& options, JobControl* job = nullptr);

/// Writes the same rows as generateSynthetic() (same options, same values) to a CSV file,
/// streaming: memory use does not grow with `rows`. UTF-8, LF line ends, a header row,
/// RFC 4180 quoting where a field needs it, missing values as empty fields, dates as
/// yyyy-MM-dd, numbers in the shortest form that reads back to the same double (at most
/// 2 or 3 decimals). The file is replaced atomically; a cancelled or failed write
/// leaves any existing file untouched.
Status writeSyntheticCsv(const SyntheticOptions& options, const QString& path, JobControl* job = nullptr);

} // namespace pp
