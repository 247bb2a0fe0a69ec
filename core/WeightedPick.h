#pragma once

#include <QtGlobal>

#include <cmath>
#include <iterator>

namespace spocs {

// Weighted choice without the randomness: given a roll drawn uniformly from [0, total weight),
// the index of the item it falls on, so each item comes up with probability weight / total.
// The caller draws the roll (the demo seeder and the traffic simulator keep their own seeded
// generators, so their worlds stay reproducible). Rounding past the end gives the last item.
template<typename Range, typename Roll, typename WeightOf>
qsizetype weightedIndex(const Range &items, Roll roll, WeightOf weightOf)
{
    qsizetype index = 0;
    for (const auto &item : items) {
        const auto weight = weightOf(item);
        if (roll < weight)
            return index;
        roll -= weight;
        ++index;
    }
    return index - 1;
}

template<typename Range, typename WeightOf>
auto totalWeight(const Range &items, WeightOf weightOf)
{
    decltype(weightOf(*std::begin(items))) sum {};
    for (const auto &item : items)
        sum += weightOf(item);
    return sum;
}

// Pareto-like popularity of the item at `rank` (0 = most popular): a few items dominate,
// as contact reasons do in a real centre.
inline double paretoWeight(qsizetype rank)
{
    return 1.0 / std::pow(double(rank + 1), 1.15);
}

} // namespace spocs
