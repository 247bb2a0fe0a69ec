#pragma once

#include "core/Result.h"

#include <utility>

// Early returns for a failed Result (errors are values here, see Result.h), so that passing an
// error on is one line and not an `if` and a `return` each time.

#define SPOCS_TRY_CONCAT_(a, b) a##b
#define SPOCS_TRY_TEMP_(line) SPOCS_TRY_CONCAT_(spocsTried, line)

// Evaluates expr, a Result; when it failed, the calling function returns its error.
#define SPOCS_TRY(expr)                                                                                                \
    do {                                                                                                               \
        if (auto spocsTried = (expr); !spocsTried)                                                                     \
            return spocsTried.error();                                                                                 \
    } while (false)

// `auto name = expr;` for a Result; when it failed, the calling function returns its error.
// `name` stays the Result: read it with *name, name-> or name.value().
// clang-format would indent the macro's last line as if it ended a block.
// clang-format off
#define SPOCS_TRY_LET(name, expr)                                                                                      \
    auto name = (expr);                                                                                                \
    if (!name)                                                                                                         \
        return name.error()
// clang-format on

// Declares `decl` (such as `QSqlQuery q`) with the value of expr, a Result; when it failed, the
// calling function returns its error.
#define SPOCS_TRY_ASSIGN(decl, expr)                                                                                   \
    auto SPOCS_TRY_TEMP_(__LINE__) = (expr);                                                                           \
    if (!SPOCS_TRY_TEMP_(__LINE__))                                                                                    \
        return SPOCS_TRY_TEMP_(__LINE__).error();                                                                      \
    decl = std::move(SPOCS_TRY_TEMP_(__LINE__)).value()
